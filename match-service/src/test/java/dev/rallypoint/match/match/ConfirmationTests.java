package dev.rallypoint.match.match;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.match.MatchServiceTest;
import dev.rallypoint.match.TestClock;
import dev.rallypoint.match.TestCourts;
import dev.rallypoint.match.TestUsers;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every player confirms a formed match before its deadline; a decline or the deadline passing cancels it,
 * releases its court and puts the other players back at the front of the queue.
 */
@MatchServiceTest
class ConfirmationTests {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @LocalServerPort
    int port;

    @Autowired
    Matcher matcher;

    @Autowired
    Matches matches;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whenEveryPlayerConfirmsTheMatchIsConfirmedAndItsCourtToBePaid() {
        UUID club = UUID.randomUUID();
        UUID ann = ask(club, "3.0");
        UUID bob = ask(club, "3.0");
        matcher.runOnce();
        String match = matchOf(ann);
        Api api = new Api(port);

        Api.Response first = api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(ann), null);
        Api.Response stranger = api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(UUID.randomUUID()), null);
        Api.Response second = api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(bob), null);
        Api.Response lateDecline = api.post("/api/v1/matches/" + match + "/decline", TestTokens.member(bob), null);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("status").asString()).isEqualTo("FORMED");
        assertThat(first.json().path("confirmed").size()).isOne();
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(second.json().path("status").asString()).as("its court is paid next").isEqualTo("PAYMENT_PENDING");
        assertThat(lateDecline.status()).isEqualTo(409);
        assertThat(lateDecline.code()).isEqualTo("match-not-awaiting-confirmation");
        assertThat(events("MatchConfirmed", match)).isOne();
    }

    @Test
    void aDeclineCancelsTheMatchReleasesTheCourtAndPutsTheOtherFirstInTheQueue() {
        UUID club = UUID.randomUUID();
        UUID ann = ask(club, "3.5");
        UUID bob = ask(club, "3.5");
        matcher.runOnce();
        String match = matchOf(ann);
        String reservation = jdbc.sql("select reservation_id::text from matches where id = ?::uuid").param(match)
                .query(String.class).single();
        Api api = new Api(port);

        Api.Response declined = api.post("/api/v1/matches/" + match + "/decline", TestTokens.member(bob), null);

        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(requestStatus(ann)).isEqualTo("OPEN");
        assertThat(requestStatus(bob)).isEqualTo("CANCELLED");
        assertThat(events("MatchCancelled", match)).isOne();
        TestCourts.SERVER.verify(1, postRequestedFor(urlEqualTo(TestCourts.HOLDS + "/" + reservation + "/release"))
                .withRequestBody(equalToJson("{\"memberId\":\"" + ann + "\"}")));

        UUID cid = ask(club, "3.5");
        UUID dan = ask(club, "3.5");
        matcher.runOnce();
        assertThat(jdbc.sql("""
                select count(*) from match_player a join match_player b on a.match_id = b.match_id
                where a.active and b.active and a.player_id = ? and b.player_id = ?""").param(ann).param(cid)
                .query(Long.class).single()).as("the waiting player is matched before younger requests").isOne();
        assertThat(requestStatus(dan)).isEqualTo("OPEN");
    }

    @Test
    void theDeadlineCancelsAMatchOnceOnTwoInstancesAndOnlyTheConfirmedPlayersGoBack() throws Exception {
        UUID club = UUID.randomUUID();
        UUID ann = ask(club, "4.0");
        UUID bob = ask(club, "4.0");
        matcher.runOnce();
        String match = matchOf(ann);
        Api api = new Api(port);
        assertThat(api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(ann), null).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(5));
        Api.Response late = api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(bob), null);
        int cancelled = 0;
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sweeps.add(instances.submit((Callable<Integer>) matches::timeOutOverdue));
            }
            for (Future<Integer> sweep : sweeps) {
                cancelled += sweep.get();
            }
        }

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("confirmation-closed");
        assertThat(jdbc.sql("select status from matches where id = ?::uuid").param(match).query(String.class).single())
                .isEqualTo("CANCELLED");
        assertThat(events("MatchCancelled", match)).isOne();
        assertThat(cancelled).isGreaterThanOrEqualTo(1);
        assertThat(requestStatus(ann)).isEqualTo("OPEN");
        assertThat(requestStatus(bob)).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("select count(*) from match_player where match_id = ?::uuid and active").param(match)
                .query(Long.class).single()).isZero();
    }

    private UUID ask(UUID club, String level) {
        UUID player = UUID.randomUUID();
        TestUsers.level(player, level);
        LocalDateTime from = LocalDateTime.ofInstant(clock.instant(), SEOUL).truncatedTo(ChronoUnit.MINUTES).plusDays(1);
        String singles = Api.json("""
                {'gameType':'SINGLES','minLevel':%s,'maxLevel':%s,'zone':'Asia/Seoul',
                 'windows':[{'start':'%s','end':'%s'}],'clubIds':['%s']}""", level, level, from, from.plusHours(2), club);
        Api.Response asked = new Api(port).post("/api/v1/match-requests", TestTokens.member(player), singles);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        return player;
    }

    private String matchOf(UUID player) {
        return jdbc.sql("select match_id::text from match_player where player_id = ? and active").param(player)
                .query(String.class).single();
    }

    private String requestStatus(UUID player) {
        return jdbc.sql("select status from match_request where player_id = ?").param(player).query(String.class).single();
    }

    private long events(String type, String match) {
        return jdbc.sql("select count(*) from event_publication where event_type like ? and serialized_event like ?")
                .param("%" + type).param("%" + match + "%").query(Long.class).single();
    }
}
