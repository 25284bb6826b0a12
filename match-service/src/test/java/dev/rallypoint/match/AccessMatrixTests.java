package dev.rallypoint.match;

import dev.rallypoint.test.Api;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.match.match.Matcher;
import dev.rallypoint.match.openmatch.CallerCourtStubs;
import dev.rallypoint.test.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of match-service against every kind of caller: a player sees and cancels only their own
 * requests and matches (another player gets 404, as if there were none) and reports results only of matches
 * they play (409 here: the world's match has not started; an admin settles, under the same rule), admins
 * run the matcher and see any match, a service token is no player. Open matches are visible to every member;
 * only their publisher calls one off; tournaments are followed by every member and run by their manager only.
 * A route without a row fails {@link #everyRouteHasARow()}.
 */
@MatchServiceTest
class AccessMatrixTests {

    enum Actor { ANONYMOUS, OWNER, OTHER_MEMBER, ADMIN, SERVICE }

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @LocalServerPort
    int port;

    @Autowired
    Matcher matcher;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /**
     * A player with an open request, a match they play in, an open match they published, and a club tournament
     * they entered (run by a manager who is none of the actors).
     */
    record World(UUID owner, String request, String match, String openMatch, String tournament) {
    }

    record Row(Function<World, HttpRequest.Builder> request, Map<Actor, Integer> expected) {
    }

    @Test
    void everyActorGetsTheStatusItsRowSays() {
        SoftAssertions softly = new SoftAssertions();
        rows().forEach((route, row) -> {
            for (Actor actor : Actor.values()) {
                World world = world();
                HttpRequest.Builder request = row.request().apply(world);
                String token = token(world, actor);
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                softly.assertThat(status(request)).as(route + " as " + actor).isEqualTo(row.expected().get(actor));
            }
        });
        softly.assertAll();
    }

    @Test
    void everyRouteHasARow() {
        Set<String> routes = mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().getBeanType().getPackageName().startsWith("dev.rallypoint.match"))
                .flatMap(entry -> entry.getKey().getMethodsCondition().getMethods().stream()
                        .flatMap(method -> entry.getKey().getPatternValues().stream().map(path -> method.name() + " " + path)))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(routes);
    }

    private Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        rows.put("POST /api/v1/match-requests", new Row(w -> json("POST", "/api/v1/match-requests", request(9, "08:00")),
                players(201, 201)));
        rows.put("GET /api/v1/match-requests", new Row(w -> get("/api/v1/match-requests"), players(200, 200)));
        rows.put("GET /api/v1/match-requests/{id}", new Row(w -> get("/api/v1/match-requests/" + w.request()),
                players(200, 404)));
        rows.put("DELETE /api/v1/match-requests/{id}", new Row(w -> request("/api/v1/match-requests/" + w.request()).DELETE(),
                players(204, 404)));
        rows.put("GET /api/v1/matches", new Row(w -> get("/api/v1/matches"), players(200, 200)));
        rows.put("GET /api/v1/matches/{id}", new Row(w -> get("/api/v1/matches/" + w.match()),
                statuses(401, 200, 404, 200, 403)));
        rows.put("POST /api/v1/matches/matching-rounds", new Row(w -> request("/api/v1/matches/matching-rounds")
                .POST(HttpRequest.BodyPublishers.noBody()), statuses(401, 403, 403, 200, 403)));
        rows.put("POST /api/v1/matches/{id}/result", new Row(w -> json("POST", "/api/v1/matches/" + w.match() + "/result",
                "{\"sets\":[[6,4],[6,4]]}"), statuses(401, 409, 404, 409, 403)));
        rows.put("POST /api/v1/matches/{id}/confirmation", new Row(w -> request("/api/v1/matches/" + w.match()
                + "/confirmation").POST(HttpRequest.BodyPublishers.noBody()), statuses(401, 200, 404, 404, 403)));
        rows.put("POST /api/v1/matches/{id}/decline", new Row(w -> request("/api/v1/matches/" + w.match() + "/decline")
                .POST(HttpRequest.BodyPublishers.noBody()), statuses(401, 200, 404, 404, 403)));
        rows.put("GET /api/v1/ratings/me", new Row(w -> get("/api/v1/ratings/me"), players(404, 404)));
        rows.put("GET /api/v1/leaderboards", new Row(w -> get("/api/v1/leaderboards?clubId=" + UUID.randomUUID()),
                players(200, 200)));
        // a reservation court-service shows to nobody: 404 for every member (OpenMatchFlowTests offers real ones)
        rows.put("POST /api/v1/open-matches", new Row(w -> json("POST", "/api/v1/open-matches", Api.json("""
                {'reservationId':'%s','gameType':'SINGLES','minLevel':1.0,'maxLevel':7.0,'places':1}""", UUID.randomUUID())),
                statuses(401, 404, 404, 404, 403)));
        rows.put("GET /api/v1/open-matches", new Row(w -> get("/api/v1/open-matches"), players(200, 200)));
        rows.put("GET /api/v1/open-matches/{id}", new Row(w -> get("/api/v1/open-matches/" + w.openMatch()),
                players(200, 200)));
        // the publisher plays already (409 already-joined); anyone else in the level range takes a place
        rows.put("POST /api/v1/open-matches/{id}/players", new Row(w -> request("/api/v1/open-matches/" + w.openMatch()
                + "/players").POST(HttpRequest.BodyPublishers.noBody()), statuses(401, 409, 200, 200, 403)));
        rows.put("DELETE /api/v1/open-matches/{id}/players/me", new Row(w -> request("/api/v1/open-matches/"
                + w.openMatch() + "/players/me").DELETE(), statuses(401, 409, 409, 409, 403)));
        rows.put("POST /api/v1/open-matches/{id}/cancellation", new Row(w -> request("/api/v1/open-matches/"
                + w.openMatch() + "/cancellation").POST(HttpRequest.BodyPublishers.noBody()), statuses(401, 200, 403, 403, 403)));
        // only a manager of the club (court-service says; none of the actors here) creates; only its creator runs it
        rows.put("POST /api/v1/tournaments", new Row(w -> json("POST", "/api/v1/tournaments", Api.json("""
                {'clubId':'%s','name':'Cup','entrants':['%s','%s']}""", UUID.randomUUID(), w.owner(), UUID.randomUUID())),
                statuses(401, 403, 403, 403, 403)));
        rows.put("GET /api/v1/tournaments/{id}", new Row(w -> get("/api/v1/tournaments/" + w.tournament()),
                players(200, 200)));
        rows.put("POST /api/v1/tournaments/{id}/rounds/{round}/games/{slot}/result", new Row(w -> json("POST",
                "/api/v1/tournaments/" + w.tournament() + "/rounds/1/games/0/result", "{\"sets\":[[6,4],[6,4]]}"),
                statuses(401, 403, 403, 403, 403)));
        return rows;
    }

    private World world() {
        UUID owner = UUID.randomUUID();
        UUID opponent = UUID.randomUUID();
        UUID club = UUID.randomUUID();
        Api api = new Api(port);
        String singles = Api.json("""
                {'gameType':'SINGLES','level':7.0,'minLevel':7.0,'maxLevel':7.0,'zone':'Asia/Seoul',
                 'windows':[{'start':'%sT06:00','end':'%sT07:00'}],'clubIds':['%s']}""", day(8), day(8), club);
        TestUsers.level(owner, "7.0");
        TestUsers.level(opponent, "7.0");
        assertThat(api.post("/api/v1/match-requests", TestTokens.member(owner), singles).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/match-requests", TestTokens.member(opponent), singles).status()).isEqualTo(201);
        matcher.runOnce();
        String match = api.get("/api/v1/matches", TestTokens.member(owner)).json().get(0).path("id").asString();
        Api.Response open = api.post("/api/v1/match-requests", TestTokens.member(owner), request(7, "08:00"));
        assertThat(open.status()).as(open.toString()).isEqualTo(201);
        String ownerToken = TestTokens.member(owner);
        UUID reservation = CallerCourtStubs.own(ownerToken, owner, club, Instant.now().plus(Duration.ofDays(8)), "HELD");
        Api.Response offered = api.post("/api/v1/open-matches", ownerToken, Api.json("""
                {'reservationId':'%s','gameType':'DOUBLES','minLevel':1.0,'maxLevel':7.0,'places':3}""", reservation));
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        String managerToken = TestTokens.courtManager(UUID.randomUUID());
        CallerCourtStubs.managedClub(managerToken, club);
        Api.Response cup = api.post("/api/v1/tournaments", managerToken, Api.json("""
                {'clubId':'%s','name':'Cup','entrants':['%s','%s']}""", club, owner, opponent));
        assertThat(cup.status()).as(cup.toString()).isEqualTo(201);
        return new World(owner, open.json().path("id").asString(), match, offered.json().path("id").asString(),
                cup.json().path("id").asString());
    }

    private static String day(int ahead) {
        return LocalDate.now(SEOUL).plusDays(ahead).toString();
    }

    private static String request(int ahead, String from) {
        return Api.json("""
                {'gameType':'SINGLES','minLevel':1.0,'maxLevel':1.0,'zone':'Asia/Seoul',
                 'windows':[{'start':'%sT%s','end':'%sT11:00'}],'clubIds':['%s']}""", day(ahead), from, day(ahead),
                UUID.randomUUID());
    }

    private static String token(World world, Actor actor) {
        return switch (actor) {
            case ANONYMOUS -> null;
            case OWNER -> TestTokens.member(world.owner());
            case OTHER_MEMBER -> TestTokens.member(UUID.randomUUID());
            case ADMIN -> TestTokens.admin(UUID.randomUUID());
            case SERVICE -> TestTokens.service("court-service");
        };
    }

    private static int status(HttpRequest.Builder request) {
        try {
            return Api.HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private HttpRequest.Builder request(String path) {
        return new Api(port).request(path, null);
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder json(String method, String path, String body) {
        return request(path).header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private static Map<Actor, Integer> statuses(int anonymous, int owner, int otherMember, int admin, int service) {
        Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
        expected.put(Actor.ANONYMOUS, anonymous);
        expected.put(Actor.OWNER, owner);
        expected.put(Actor.OTHER_MEMBER, otherMember);
        expected.put(Actor.ADMIN, admin);
        expected.put(Actor.SERVICE, service);
        return expected;
    }

    /** Signed-in players; an admin is a player too, here not the owner; a service token is no player. */
    private static Map<Actor, Integer> players(int owner, int others) {
        return statuses(401, owner, others, others, 403);
    }
}
