package dev.rallypoint.match.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.match.MatchServiceTest;
import dev.rallypoint.match.openmatch.CallerCourtStubs;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The leaderboard query on the real database: recorded matches at the area's clubs (named, or a region's as
 * court-service's stub lists them) make a player part of it, at least three of them make them ranked, and the
 * order is rating, then deviation, then id, page after page.
 */
@MatchServiceTest
class LeaderboardTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ranksByRatingThenDeviationThenIdAcrossPages() {
        UUID club = UUID.randomUUID();
        UUID first = rated(1700, 100, 5, club);
        UUID second = rated(1600, 90, 4, club);
        UUID[] tied = { rated(1600, 120, 3, club), rated(1600, 120, 3, club) };
        Arrays.sort(tied, Comparator.comparing(UUID::toString)); // PostgreSQL orders uuids as unsigned bytes
        rated(2000, 50, 2, club);
        rated(1800, 80, 9, UUID.randomUUID());
        Api api = new Api(port);

        Api.Response one = api.get("/api/v1/leaderboards?clubId=" + club + "&size=2", TestTokens.member(UUID.randomUUID()));
        Api.Response two = api.get("/api/v1/leaderboards?clubId=" + club + "&size=2&page=1", TestTokens.member(first));
        Api.Response three = api.get("/api/v1/leaderboards?clubId=" + club + "&size=2&page=2", TestTokens.member(first));

        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(players(one)).containsExactly(first.toString(), second.toString());
        assertThat(players(two)).containsExactly(tied[0].toString(), tied[1].toString());
        assertThat(players(three)).isEmpty();
        assertThat(one.json().path("total").asLong()).isEqualTo(4);
        assertThat(one.json().path("minMatches").asInt()).isEqualTo(3);
        assertThat(two.json().path("standings").get(0).path("rank").asLong()).isEqualTo(3);
        assertThat(one.json().path("standings").get(0).path("ntrp").asDouble()).isEqualTo(4.5);
    }

    @Test
    void anAreaOfSeveralClubsRanksEachPlayerOnce() {
        UUID north = UUID.randomUUID();
        UUID south = UUID.randomUUID();
        UUID both = rated(1550, 100, 4, north);
        played(both, south);
        UUID southOnly = rated(1650, 100, 4, south);
        Api api = new Api(port);

        Api.Response area = api.get("/api/v1/leaderboards?clubId=" + north + "&clubId=" + south,
                TestTokens.member(both));

        assertThat(players(area)).containsExactly(southOnly.toString(), both.toString());
        assertThat(area.json().path("total").asLong()).isEqualTo(2);
    }

    @Test
    void aRegionIsTheClubsCourtServiceListsInIt() {
        UUID north = UUID.randomUUID();
        UUID south = UUID.randomUUID();
        String region = "Region-" + UUID.randomUUID();
        CallerCourtStubs.region(region, north, south);
        UUID northern = rated(1500, 100, 3, north);
        UUID southern = rated(1510, 100, 3, south);
        rated(1900, 100, 3, UUID.randomUUID());
        String down = "Region-" + UUID.randomUUID();
        CallerCourtStubs.unreachableRegion(down);
        Api api = new Api(port);

        Api.Response area = api.get("/api/v1/leaderboards?area=" + region, TestTokens.member(northern));
        Api.Response unavailable = api.get("/api/v1/leaderboards?area=" + down, TestTokens.member(northern));

        assertThat(area.status()).as(area.toString()).isEqualTo(200);
        assertThat(players(area)).containsExactly(southern.toString(), northern.toString());
        assertThat(area.json().path("area").asString()).isEqualTo(region);
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.code()).isEqualTo("court-unavailable");
    }

    @Test
    void refusesBadQueriesWithProblems() {
        Api api = new Api(port);
        String member = TestTokens.member(UUID.randomUUID());
        String tooMany = String.join("&", IntStream.range(0, 21).mapToObj(i -> "clubId=" + UUID.randomUUID()).toList());
        List<Api.Response> answers = new ArrayList<>();

        answers.add(api.get("/api/v1/leaderboards", member));
        answers.add(api.get("/api/v1/leaderboards?clubId=nope", member));
        answers.add(api.get("/api/v1/leaderboards?clubId=" + UUID.randomUUID() + "&size=101", member));
        answers.add(api.get("/api/v1/leaderboards?clubId=" + UUID.randomUUID() + "&page=-1", member));
        answers.add(api.get("/api/v1/leaderboards?" + tooMany, member));
        answers.add(api.get("/api/v1/leaderboards?area=Seoul&clubId=" + UUID.randomUUID(), member));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        });
    }

    private static List<String> players(Api.Response board) {
        return StreamSupport.stream(board.json().path("standings").spliterator(), false)
                .map(standing -> standing.path("playerId").asString()).toList();
    }

    /** A player with this rating after {@code matches} recorded matches, one of them at the club. */
    private UUID rated(double rating, double deviation, int matches, UUID club) {
        UUID player = UUID.randomUUID();
        jdbc.sql("""
                insert into rating (player_id, rating, deviation, volatility, matches, updated_at, version)
                values (?, ?, ?, 0.06, ?, now(), 0)""").params(player, rating, deviation, matches).update();
        played(player, club);
        return player;
    }

    /** A recorded singles match of the player at the club (against a stranger), as the matcher stores it. */
    private void played(UUID player, UUID club) {
        UUID match = UUID.randomUUID();
        Instant start = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        jdbc.sql("""
                insert into matches (id, game_type, club_id, starts_at, ends_at, status, formed_at, version, winner, score,
                                     recorded_at)
                values (?, 'SINGLES', ?, ?, ?, 'RECORDED', ?, 0, 1, '6-0 6-0', ?)""")
                .params(match, club, ts(start), ts(start.plusSeconds(3600)), ts(start.minusSeconds(86400)),
                        ts(start.plusSeconds(3600)))
                .update();
        for (UUID someone : List.of(player, UUID.randomUUID())) {
            UUID request = UUID.randomUUID();
            jdbc.sql("""
                    insert into match_request (id, player_id, game_type, level, min_level, max_level, zone, club_ids, status,
                                               match_id, created_at, version)
                    values (?, ?, 'SINGLES', 3.5, 1.0, 7.0, 'Asia/Seoul', array[?::uuid], 'MATCHED', ?, ?, 0)""")
                    .params(request, someone, club, match, ts(start.minusSeconds(90000))).update();
            jdbc.sql("""
                    insert into match_player (match_id, player_id, request_id, team, level, starts_at, ends_at, active)
                    values (?, ?, ?, ?, 3.5, ?, ?, false)""")
                    .params(match, someone, request, someone.equals(player) ? 1 : 2, ts(start), ts(start.plusSeconds(3600)))
                    .update();
        }
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
