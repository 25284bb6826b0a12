package dev.rallypoint.court.walkin;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.test.TestTokens;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the waitlist and walk-in packages against every kind of caller: nobody without a
 * token, a member only their own entries, the club's desk (its manager, an admin) its club's queue, a
 * manager of another club 403. A route without a row fails {@link #everyRouteHasARow()}.
 */
class WaitlistAndWalkInAccessMatrixTests extends HttpTest {

    enum Actor { ANONYMOUS, STRANGER, OWNER, MANAGER, OTHER_MANAGER, ADMIN }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Fixtures.TestClub club;

    Fixtures.TestClub other;

    /** The caller's world: the owner's waitlist entry (for a taken slot) and walk-in at the club. */
    record World(UUID club, String owner, String entry, String walkIn) {
    }

    record Row(String method, Function<World, String> path, String body, List<Integer> expected) {
    }

    @BeforeEach
    void clubs() {
        Api api = api();
        club = Fixtures.club(api, "UTC");
        other = Fixtures.club(api, "UTC");
        String allDay = java.util.Arrays.stream(DayOfWeek.values())
                .map(day -> "{'day':'%s','opens':'00:00','closes':'00:00'}".formatted(day)).collect(Collectors.joining(","));
        assertThat(api.put("/api/v1/manager/clubs/" + club.clubId() + "/schedule", club.managerToken(),
                json("{'slotMinutes':60,'hours':[" + allDay + "]}")).status()).isEqualTo(200);
        Api.Response block = api.post("/api/v1/manager/clubs/" + club.clubId() + "/blocks", club.managerToken(),
                json("{'courtId':'%s','startsAt':'%s','endsAt':'%s','reason':'MAINTENANCE'}", club.courtId(), at(10), at(11)));
        assertThat(block.status()).as(block.toString()).isEqualTo(201);
    }

    @Test
    void everyActorGetsTheStatusItsRowSays() {
        Api api = api();
        SoftAssertions softly = new SoftAssertions();
        rows().forEach((route, row) -> {
            for (Actor actor : Actor.values()) {
                World world = world(api);
                String path = row.path().apply(world);
                String token = token(world, actor);
                Api.Response response = switch (row.method()) {
                    case "GET" -> api.get(path, token);
                    case "DELETE" -> api.delete(path, token);
                    default -> api.post(path, token, row.body());
                };
                softly.assertThat(response.status()).as(route + " as " + actor + ": " + response)
                        .isEqualTo(row.expected().get(actor.ordinal()));
            }
        });
        softly.assertAll();
    }

    @Test
    void everyRouteHasARow() {
        Set<String> routes = mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().getBeanType().getPackageName().matches("dev\\.rallypoint\\.court\\.(waitlist|walkin)"))
                .flatMap(entry -> entry.getKey().getMethodsCondition().getMethods().stream()
                        .flatMap(method -> entry.getKey().getPatternValues().stream().map(path -> method.name() + " " + path)))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(routes);
    }

    private Map<String, Row> rows() {
        String walkIns = "/api/v1/clubs/{clubId}/walk-ins";
        Function<World, String> base = w -> "/api/v1/clubs/" + w.club() + "/walk-ins";
        Function<World, String> one = w -> base.apply(w) + "/" + w.walkIn();
        Map<String, Row> rows = new LinkedHashMap<>();
        //                                                              ANON STRANGER OWNER MANAGER OTHER ADMIN
        rows.put("POST /api/v1/waitlist", new Row("POST", w -> "/api/v1/waitlist", waitBody(), List.of(401, 201, 201, 201, 201, 201)));
        rows.put("GET /api/v1/waitlist", new Row("GET", w -> "/api/v1/waitlist", null, List.of(401, 200, 200, 200, 200, 200)));
        rows.put("GET /api/v1/waitlist/{entryId}", new Row("GET", w -> "/api/v1/waitlist/" + w.entry(), null,
                List.of(401, 404, 200, 404, 404, 404)));
        rows.put("DELETE /api/v1/waitlist/{entryId}", new Row("DELETE", w -> "/api/v1/waitlist/" + w.entry(), null,
                List.of(401, 404, 200, 404, 404, 404)));
        rows.put("POST /api/v1/waitlist/{entryId}/decline", new Row("POST", w -> "/api/v1/waitlist/" + w.entry() + "/decline",
                null, List.of(401, 404, 409, 404, 404, 404)));
        rows.put("GET /api/v1/manager/clubs/{clubId}/waitlist", new Row("GET",
                w -> "/api/v1/manager/clubs/" + w.club() + "/waitlist", null, List.of(401, 403, 403, 200, 403, 200)));
        rows.put("GET /api/v1/admin/waitlist", new Row("GET", w -> "/api/v1/admin/waitlist", null,
                List.of(401, 403, 403, 403, 403, 200)));
        rows.put("POST " + walkIns, new Row("POST", base, json("{'partySize':2}"), List.of(401, 201, 409, 201, 201, 201)));
        rows.put("GET " + walkIns, new Row("GET", base, null, List.of(401, 403, 403, 200, 403, 200)));
        rows.put("GET " + walkIns + "/{walkInId}", new Row("GET", one, null, List.of(401, 404, 200, 200, 403, 200)));
        rows.put("POST " + walkIns + "/{walkInId}/first-call", new Row("POST", w -> one.apply(w) + "/first-call", null,
                List.of(401, 404, 403, 200, 403, 200)));
        rows.put("POST " + walkIns + "/{walkInId}/final-call", new Row("POST", w -> one.apply(w) + "/final-call", null,
                List.of(401, 404, 403, 409, 403, 409)));
        rows.put("POST " + walkIns + "/{walkInId}/answer", new Row("POST", w -> one.apply(w) + "/answer",
                json("{'travelMinutes':5}"), List.of(401, 404, 409, 409, 403, 409)));
        rows.put("POST " + walkIns + "/{walkInId}/arrival", new Row("POST", w -> one.apply(w) + "/arrival", null,
                List.of(401, 404, 409, 409, 403, 409)));
        rows.put("POST " + walkIns + "/{walkInId}/entry", new Row("POST", w -> one.apply(w) + "/entry", null,
                List.of(401, 404, 403, 409, 403, 409)));
        rows.put("POST " + walkIns + "/{walkInId}/cancellation", new Row("POST", w -> one.apply(w) + "/cancellation", null,
                List.of(401, 404, 200, 200, 403, 200)));
        rows.put("GET " + walkIns + "/no-shows", new Row("GET", w -> base.apply(w) + "/no-shows", null,
                List.of(401, 403, 403, 200, 403, 200)));
        rows.put("DELETE " + walkIns + "/no-shows/{noShowId}", new Row("DELETE",
                w -> base.apply(w) + "/no-shows/" + UUID.randomUUID(), null, List.of(401, 403, 403, 404, 403, 404)));
        rows.put("DELETE " + walkIns + "/no-shows", new Row("DELETE", w -> base.apply(w) + "/no-shows", null,
                List.of(401, 403, 403, 204, 403, 204)));
        return rows;
    }

    private World world(Api api) {
        String owner = TestTokens.member(UUID.randomUUID());
        Api.Response entry = api.post("/api/v1/waitlist", owner, waitBody());
        assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
        Api.Response walkIn = api.post("/api/v1/clubs/" + club.clubId() + "/walk-ins", owner, json("{'partySize':2}"));
        assertThat(walkIn.status()).as(walkIn.toString()).isEqualTo(201);
        return new World(club.clubId(), owner, entry.json().path("id").asString(), walkIn.json().path("id").asString());
    }

    private String token(World world, Actor actor) {
        return switch (actor) {
            case ANONYMOUS -> null;
            case STRANGER -> TestTokens.member(UUID.randomUUID());
            case OWNER -> world.owner();
            case MANAGER -> club.managerToken();
            case OTHER_MANAGER -> other.managerToken();
            case ADMIN -> Fixtures.admin();
        };
    }

    /** Waiting for the club's only court while it is blocked: the entry stays {@code WAITING}. */
    private String waitBody() {
        return json("{'clubId':'%s','from':'%s','to':'%s','minutes':60,'partySize':2}", club.clubId(), at(10), at(11));
    }

    private static String at(int hour) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(9).atTime(hour, 0).toInstant(ZoneOffset.UTC).toString();
    }
}
