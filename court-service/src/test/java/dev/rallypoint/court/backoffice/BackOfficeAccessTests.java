package dev.rallypoint.court.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every back-office route against every kind of caller: members act on their own reservations, a
 * club's managers (and admins) on the club, admins alone on jobs and platform reports. A route without
 * a row fails {@link #everyRouteHasARow()}.
 */
class BackOfficeAccessTests extends HttpTest {

    enum Actor { ANONYMOUS, MEMBER, OTHER_MEMBER, MANAGER, OTHER_MANAGER, ADMIN }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    /** A club, a confirmed reservation of its member starting soon, and the code to show at the desk. */
    record World(UUID club, String managerToken, UUID member, UUID reservation, String code) {
    }

    /** A request as (method, path, JSON body or null). */
    record Call(String method, String path, String body) {
    }

    record Row(Function<World, Call> call, Map<Actor, Integer> expected) {
    }

    @Test
    void everyActorGetsTheStatusItsRowSays() {
        SoftAssertions softly = new SoftAssertions();
        rows().forEach((route, row) -> {
            for (Actor actor : Actor.values()) {
                World world = world();
                Call call = row.call().apply(world);
                Api.Response response = send(call, token(world, actor));
                softly.assertThat(response.status()).as(route + " as " + actor + ": " + response)
                        .isEqualTo(row.expected().get(actor));
                if (response.status() >= 400) {
                    softly.assertThat(response.contentType()).as(route + " as " + actor).startsWith("application/problem+json");
                }
            }
        });
        softly.assertAll();
    }

    @Test
    void everyRouteHasARow() {
        Set<String> routes = mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().getBeanType().getPackageName().equals(getClass().getPackageName()))
                .flatMap(entry -> entry.getKey().getMethodsCondition().getMethods().stream()
                        .flatMap(method -> entry.getKey().getPatternValues().stream().map(path -> method.name() + " " + path)))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(routes);
    }

    private Map<String, Row> rows() {
        String rule = AttendanceTests.rule("NO_REFUND", "'deposit':0", 3);
        String today = LocalDate.now().toString();
        Map<String, Row> rows = new LinkedHashMap<>();
        rows.put("POST /api/v1/reservations/{reservationId}/check-in", new Row(w -> post("/api/v1/reservations/"
                + w.reservation() + "/check-in", null), owner(200)));
        rows.put("GET /api/v1/reservations/{reservationId}/check-in-code", new Row(w -> get("/api/v1/reservations/"
                + w.reservation() + "/check-in-code"), owner(200)));
        rows.put("GET /api/v1/reliability", new Row(w -> get("/api/v1/reliability"), signedIn(200)));
        rows.put("POST /api/v1/manager/reservations/{reservationId}/check-in", new Row(w -> post(
                "/api/v1/manager/reservations/" + w.reservation() + "/check-in", null), clubStaff(200)));
        rows.put("POST /api/v1/manager/clubs/{clubId}/check-ins", new Row(w -> post("/api/v1/manager/clubs/" + w.club()
                + "/check-ins", "{\"code\":\"" + w.code() + "\"}"), clubStaff(200)));
        rows.put("GET /api/v1/manager/clubs/{clubId}/attendance-rule", new Row(w -> get("/api/v1/manager/clubs/"
                + w.club() + "/attendance-rule"), clubStaff(200)));
        rows.put("PUT /api/v1/manager/clubs/{clubId}/attendance-rule", new Row(w -> new Call("PUT",
                "/api/v1/manager/clubs/" + w.club() + "/attendance-rule", rule), clubStaff(200)));
        rows.put("GET /api/v1/manager/clubs/{clubId}/members/{memberId}/reliability", new Row(w -> get(
                "/api/v1/manager/clubs/" + w.club() + "/members/" + w.member() + "/reliability"), clubStaff(200)));
        rows.put("GET /api/v1/manager/clubs/{clubId}/reports", new Row(w -> get("/api/v1/manager/clubs/" + w.club()
                + "/reports?period=DAILY&date=" + today), clubStaff(200)));
        rows.put("GET /api/v1/admin/reports", new Row(w -> get("/api/v1/admin/reports?period=DAILY&date=" + today
                + "&format=PDF"), adminOnly(200)));
        rows.put("GET /api/v1/admin/jobs", new Row(w -> get("/api/v1/admin/jobs"), adminOnly(200)));
        rows.put("GET /api/v1/admin/jobs/{job}/executions", new Row(w -> get("/api/v1/admin/jobs/archive/executions"),
                adminOnly(200)));
        rows.put("GET /api/v1/admin/jobs/executions/{executionId}", new Row(w -> get("/api/v1/admin/jobs/executions/0"),
                adminOnly(404)));
        rows.put("POST /api/v1/admin/jobs/{job}/executions", new Row(w -> post("/api/v1/admin/jobs/complete-past/executions",
                null), adminOnly(202)));
        rows.put("POST /api/v1/admin/jobs/executions/{executionId}/restart", new Row(w -> post(
                "/api/v1/admin/jobs/executions/0/restart", null), adminOnly(404)));
        return rows;
    }

    private World world() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        UUID member = UUID.randomUUID();
        UUID reservation = new Booked(jdbc).confirmed(club.clubId(), club.courtId(), member,
                clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(10)), 10_000);
        String code = api.get("/api/v1/reservations/" + reservation + "/check-in-code", TestTokens.member(member)).json()
                .path("code").asString();
        return new World(club.clubId(), club.managerToken(), member, reservation, code);
    }

    private static String token(World world, Actor actor) {
        return switch (actor) {
            case ANONYMOUS -> null;
            case MEMBER -> TestTokens.member(world.member());
            case OTHER_MEMBER -> TestTokens.member(UUID.randomUUID());
            case MANAGER -> world.managerToken();
            case OTHER_MANAGER -> TestTokens.courtManager(UUID.randomUUID());
            case ADMIN -> Fixtures.admin();
        };
    }

    private Api.Response send(Call call, String token) {
        Api api = api();
        return switch (call.method()) {
            case "GET" -> api.get(call.path(), token);
            case "POST" -> api.post(call.path(), token, call.body());
            case "PUT" -> api.put(call.path(), token, call.body());
            default -> throw new IllegalArgumentException(call.method());
        };
    }

    private static Call get(String path) {
        return new Call("GET", path, null);
    }

    private static Call post(String path, String body) {
        return new Call("POST", path, body);
    }

    /** The reservation's member only; anyone else signed in does not see it. */
    private static Map<Actor, Integer> owner(int status) {
        return expect(401, status, 404, 404, 404, 404);
    }

    private static Map<Actor, Integer> signedIn(int status) {
        return expect(401, status, status, status, status, status);
    }

    private static Map<Actor, Integer> clubStaff(int status) {
        return expect(401, 403, 403, status, 403, status);
    }

    private static Map<Actor, Integer> adminOnly(int status) {
        return expect(401, 403, 403, 403, 403, status);
    }

    private static Map<Actor, Integer> expect(int anonymous, int member, int otherMember, int manager, int otherManager,
            int admin) {
        Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
        expected.put(Actor.ANONYMOUS, anonymous);
        expected.put(Actor.MEMBER, member);
        expected.put(Actor.OTHER_MEMBER, otherMember);
        expected.put(Actor.MANAGER, manager);
        expected.put(Actor.OTHER_MANAGER, otherManager);
        expected.put(Actor.ADMIN, admin);
        return expected;
    }
}
