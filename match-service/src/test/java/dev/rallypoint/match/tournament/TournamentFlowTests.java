package dev.rallypoint.match.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.match.MatchServiceTest;
import dev.rallypoint.match.openmatch.CallerCourtStubs;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A club tournament through the API and the real database: a manager of the club (as court-service's stub
 * shows) creates it, entrants are seeded by their stored ratings, results advance the draw to final places;
 * nobody else creates or runs it, and bad input is a problem.
 */
@MatchServiceTest
class TournamentFlowTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final UUID club = UUID.randomUUID();

    final UUID manager = UUID.randomUUID();

    final String managerToken = TestTokens.courtManager(manager);

    @Test
    void aManagerRunsASeededTournamentToItsFinalPlaces() {
        CallerCourtStubs.managedClub(managerToken, club);
        List<UUID> players = IntStream.range(0, 5).mapToObj(i -> UUID.randomUUID()).toList();
        rate(players.get(3), 1900);
        rate(players.get(1), 1700);
        rate(players.get(4), 1600);
        Api api = new Api(port);

        Api.Response created = api.post("/api/v1/tournaments", managerToken, body("Winter cup", players));
        String path = created.headers().firstValue("Location").orElseThrow();
        // seeds: 3 (1900), 1 (1700), 4 (1600), then unrated 0, 2; eight places, byes for seeds 1-3; seed 4 v 5
        Api.Response firstRound = api.post(path + "/rounds/1/games/1/result", managerToken, "{\"sets\":[[6,2],[6,2]]}");
        Api.Response semiOne = api.post(path + "/rounds/2/games/0/result", managerToken, "{\"sets\":[[6,1],[6,1]]}");
        Api.Response semiTwo = api.post(path + "/rounds/2/games/1/result", managerToken, "{\"sets\":[[3,6],[6,3],[4,6]]}");
        Api.Response fin = api.post(path + "/rounds/3/games/0/result", managerToken, "{\"sets\":[[4,6],[4,6]]}");
        Api.Response seen = api.get(path, TestTokens.member(players.get(0)));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(ids(created.json().path("seeds"), "playerId")).containsExactly(players.get(3).toString(),
                players.get(1).toString(), players.get(4).toString(), players.get(0).toString(), players.get(2).toString());
        assertThat(firstRound.status()).as(firstRound.toString()).isEqualTo(200);
        assertThat(semiOne.status()).isEqualTo(200);
        assertThat(semiTwo.status()).isEqualTo(200);
        assertThat(fin.json().path("status").asString()).isEqualTo("COMPLETED");
        // semi one: seed 1 beat seed 4; semi two: seed 3 beat seed 2; the final: seed 3 beat seed 1
        assertThat(seen.json().path("standings").get(0).path("playerId").asString()).isEqualTo(players.get(4).toString());
        assertThat(seen.json().path("standings").get(1).path("playerId").asString()).isEqualTo(players.get(3).toString());
        assertThat(seen.json().path("standings").get(2).path("place").asInt()).isEqualTo(3);
        assertThat(seen.json().path("standings")).hasSize(5);
    }

    @Test
    void onlyAManagerOfTheClubCreatesAndOnlyItsCreatorEntersResults() {
        CallerCourtStubs.managedClub(managerToken, club);
        List<UUID> players = List.of(UUID.randomUUID(), UUID.randomUUID());
        String otherManager = TestTokens.courtManager(UUID.randomUUID());
        Api api = new Api(port);

        Api.Response member = api.post("/api/v1/tournaments", TestTokens.member(players.get(0)), body("Cup", players));
        Api.Response notTheirs = api.post("/api/v1/tournaments", otherManager, body("Cup", players));
        String path = api.post("/api/v1/tournaments", managerToken, body("Cup", players)).headers().firstValue("Location")
                .orElseThrow();
        Api.Response player = api.post(path + "/rounds/1/games/0/result", TestTokens.member(players.get(0)),
                "{\"sets\":[[6,0],[6,0]]}");
        Api.Response stranger = api.post(path + "/rounds/1/games/0/result", otherManager, "{\"sets\":[[6,0],[6,0]]}");
        Api.Response unknown = api.get("/api/v1/tournaments/" + UUID.randomUUID(), TestTokens.member(players.get(0)));

        assertThat(List.of(member, notTheirs)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.code()).isEqualTo("not-club-manager");
        });
        assertThat(List.of(player, stranger)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.code()).isEqualTo("not-tournament-manager");
        });
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
    }

    @Test
    void badTournamentsAndResultsAreProblems() {
        CallerCourtStubs.managedClub(managerToken, club);
        UUID one = UUID.randomUUID();
        Api api = new Api(port);
        String path = api.post("/api/v1/tournaments", managerToken, body("Cup", List.of(one, UUID.randomUUID())))
                .headers().firstValue("Location").orElseThrow();
        List<Api.Response> answers = new ArrayList<>();

        answers.add(api.post("/api/v1/tournaments", managerToken, body("Cup", List.of(one))));
        answers.add(api.post("/api/v1/tournaments", managerToken, body("Cup", List.of(one, one))));
        answers.add(api.post("/api/v1/tournaments", managerToken, body("", List.of(one, UUID.randomUUID()))));
        answers.add(api.post("/api/v1/tournaments", managerToken, "{\"clubId\":\"" + club + "\",\"name\":\"Cup\"}"));
        answers.add(api.post(path + "/rounds/1/games/0/result", managerToken, "{\"sets\":[[6,6]]}"));
        answers.add(api.post(path + "/rounds/1/games/0/result", managerToken, "{\"sets\":[]}"));
        answers.add(api.post(path + "/rounds/0/games/0/result", managerToken, "{\"sets\":[[6,0],[6,0]]}"));
        answers.add(api.post(path + "/rounds/1/games/0/result", managerToken, "{\"sets\":[[6,0],[6,0]],\"winner\":1}"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        });
        assertThat(api.get(path, managerToken).json().path("status").asString()).isEqualTo("IN_PROGRESS");
    }

    private String body(String name, List<UUID> entrants) {
        return "{\"clubId\":\"" + club + "\",\"name\":\"" + name + "\",\"entrants\":["
                + String.join(",", entrants.stream().map(id -> "\"" + id + "\"").toList()) + "]}";
    }

    private void rate(UUID player, double rating) {
        jdbc.sql("""
                insert into rating (player_id, rating, deviation, volatility, matches, updated_at, version)
                values (?, ?, 100, 0.06, 5, now(), 0)""").params(player, rating).update();
    }

    private static List<String> ids(tools.jackson.databind.JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asString()).toList();
    }
}
