package dev.rallypoint.match.openmatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.match.MatchServiceTest;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many players join (and some leave) one open match at the same moment through the real service: the places
 * are never over-admitted, and the stored players always agree with the count of places taken.
 */
@MatchServiceTest
class OpenMatchRaceTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fortyPlayersRacingForThreePlacesGetExactlyThree() throws Exception {
        UUID publisher = UUID.randomUUID();
        String token = TestTokens.member(publisher);
        UUID reservation = CallerCourtStubs.own(token, publisher, UUID.randomUUID(),
                Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), "CONFIRMED");
        Api api = new Api(port);
        Api.Response published = api.post("/api/v1/open-matches", token, OpenMatchFlowTests.offer(reservation, "DOUBLES", 3));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        String path = "/api/v1/open-matches/" + published.json().path("id").asString();
        UUID id = UUID.fromString(published.json().path("id").asString());

        List<Api.Response> first = race(api, path, 40, List.of());

        assertThat(statuses(first)).containsEntry(200, 3L).containsEntry(409, 37L);
        assertThat(first).filteredOn(answer -> answer.status() == 409)
                .allSatisfy(answer -> assertThat(answer.code()).isEqualTo("open-match-full"));
        assertStored(id, 3, "FULL");

        List<String> joined = jdbc.sql("select player_id::text from open_match_player where open_match_id = ?")
                .param(id).query(String.class).list();
        List<Api.Response> second = race(api, path, 20, joined.subList(0, 2));

        // both leave; how many joiners come after a freed place is up to the scheduler, never more than freed
        assertThat(second.subList(0, 2)).allSatisfy(leave -> assertThat(leave.status()).isEqualTo(200));
        long joins = second.subList(2, second.size()).stream().filter(answer -> answer.status() == 200).count();
        assertThat(joins).isBetween(0L, 2L);
        int taken = 1 + (int) joins;
        assertStored(id, taken, taken == 3 ? "FULL" : "OPEN");
    }

    /** {@code joiners} new players join while {@code leavers} leave, all released at once. */
    private static List<Api.Response> race(Api api, String path, int joiners, List<String> leavers) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String leaver : leavers) {
                String token = TestTokens.member(UUID.fromString(leaver));
                answers.add(threads.submit(() -> {
                    start.await();
                    return api.delete(path + "/players/me", token);
                }));
            }
            for (int i = 0; i < joiners; i++) {
                String token = TestTokens.member(UUID.randomUUID());
                answers.add(threads.submit(() -> {
                    start.await();
                    return api.post(path + "/players", token, null);
                }));
            }
            start.countDown();
            List<Api.Response> done = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                done.add(answer.get());
            }
            return done;
        }
    }

    private static java.util.Map<Integer, Long> statuses(List<Api.Response> answers) {
        return answers.stream().collect(Collectors.groupingBy(Api.Response::status, Collectors.counting()));
    }

    /** The stored players, the count of places taken and the status agree. */
    private void assertStored(UUID id, int taken, String status) {
        assertThat(jdbc.sql("select count(*) from open_match_player where open_match_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(taken);
        assertThat(jdbc.sql("select taken from open_match where id = ?").param(id).query(Integer.class).single())
                .isEqualTo(taken);
        assertThat(jdbc.sql("select status from open_match where id = ?").param(id).query(String.class).single())
                .isEqualTo(status);
    }
}
