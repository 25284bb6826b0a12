package dev.rallypoint.notice;

import dev.rallypoint.test.Api;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.test.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Every route of notice-service against every kind of caller: anyone reads published notices, only the
 * club's manager (or an admin) writes its notices — a manager of another club gets 403 — and only admins
 * write platform notices. A route without a row fails {@link #everyRouteHasARow()}.
 */
@NoticeServiceTest
class AccessMatrixTests {

    enum Actor { ANONYMOUS, MEMBER, MANAGER, OTHER_MANAGER, ADMIN }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** A club with its manager and a published notice of it, and a platform notice. */
    record World(UUID club, UUID manager, UUID otherManager, String clubNotice, String platformNotice) {
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
                .filter(entry -> entry.getValue().getBeanType().getPackageName().startsWith("dev.rallypoint.notice"))
                .flatMap(entry -> entry.getKey().getMethodsCondition().getMethods().stream()
                        .flatMap(method -> entry.getKey().getPatternValues().stream().map(path -> method.name() + " " + path)))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(routes);
    }

    private Map<String, Row> rows() {
        String clubNotice = "{\"clubId\":\"%s\",\"category\":\"GENERAL\",\"title\":\"Matrix\",\"body\":\"x\"}";
        String platformNotice = "{\"category\":\"GENERAL\",\"title\":\"Matrix\",\"body\":\"x\"}";
        Map<String, Row> rows = new LinkedHashMap<>();
        rows.put("GET /api/v1/notices", new Row(w -> get("/api/v1/notices"), everyone(200)));
        rows.put("GET /api/v1/notices/{id}", new Row(w -> get("/api/v1/notices/" + w.clubNotice()), everyone(200)));
        rows.put("GET /api/v1/clubs/{clubId}/notices", new Row(w -> get("/api/v1/clubs/" + w.club() + "/notices"), everyone(200)));
        rows.put("POST /api/v1/manager/notices", new Row(w -> json("POST", "/api/v1/manager/notices",
                clubNotice.formatted(w.club())), clubAuthors(201)));
        rows.put("POST /api/v1/admin/notices", new Row(w -> json("POST", "/api/v1/admin/notices", platformNotice),
                adminOnly(201)));
        rows.put("GET /api/v1/manager/notices/{id}", new Row(w -> get("/api/v1/manager/notices/" + w.clubNotice()),
                clubAuthors(200)));
        rows.put("GET /api/v1/admin/notices/{id}", new Row(w -> get("/api/v1/admin/notices/" + w.platformNotice()),
                adminOnly(200)));
        rows.put("PUT /api/v1/manager/notices/{id}", new Row(w -> json("PUT", "/api/v1/manager/notices/" + w.clubNotice(),
                clubNotice.formatted(w.club())), clubAuthors(200)));
        rows.put("PUT /api/v1/admin/notices/{id}", new Row(w -> json("PUT", "/api/v1/admin/notices/" + w.platformNotice(),
                platformNotice), adminOnly(200)));
        rows.put("DELETE /api/v1/manager/notices/{id}", new Row(w -> request("/api/v1/manager/notices/" + w.clubNotice())
                .DELETE(), clubAuthors(204)));
        rows.put("DELETE /api/v1/admin/notices/{id}", new Row(w -> request("/api/v1/admin/notices/" + w.platformNotice())
                .DELETE(), adminOnly(204)));
        rows.put("GET /api/v1/manager/notices/{id}/revisions", new Row(w -> get("/api/v1/manager/notices/" + w.clubNotice()
                + "/revisions"), clubAuthors(200)));
        rows.put("GET /api/v1/admin/notices/{id}/revisions", new Row(w -> get("/api/v1/admin/notices/" + w.platformNotice()
                + "/revisions"), adminOnly(200)));
        rows.put("GET /api/v1/clubs/{clubId}/notices/subscription", new Row(w -> get("/api/v1/clubs/" + w.club()
                + "/notices/subscription"), signedIn(200)));
        rows.put("PUT /api/v1/clubs/{clubId}/notices/subscription", new Row(w -> request("/api/v1/clubs/" + w.club()
                + "/notices/subscription").PUT(HttpRequest.BodyPublishers.noBody()), signedIn(204)));
        rows.put("DELETE /api/v1/clubs/{clubId}/notices/subscription", new Row(w -> request("/api/v1/clubs/" + w.club()
                + "/notices/subscription").DELETE(), signedIn(204)));
        return rows;
    }

    private World world() {
        UUID manager = UUID.randomUUID();
        UUID otherManager = UUID.randomUUID();
        UUID club = TestCourt.club(manager);
        TestCourt.club(otherManager);
        Api api = new Api(port);
        Api.Response clubNotice = api.post("/api/v1/manager/notices", TestTokens.courtManager(manager),
                "{\"clubId\":\"%s\",\"category\":\"GENERAL\",\"title\":\"World\",\"body\":\"x\"}".formatted(club));
        Api.Response platformNotice = api.post("/api/v1/admin/notices", TestTokens.admin(UUID.randomUUID()),
                "{\"category\":\"GENERAL\",\"title\":\"World\",\"body\":\"x\"}");
        assertThat(clubNotice.status()).as(clubNotice.toString()).isEqualTo(201);
        assertThat(platformNotice.status()).as(platformNotice.toString()).isEqualTo(201);
        return new World(club, manager, otherManager, clubNotice.json().path("id").asString(),
                platformNotice.json().path("id").asString());
    }

    private static String token(World world, Actor actor) {
        return switch (actor) {
            case ANONYMOUS -> null;
            case MEMBER -> TestTokens.member(UUID.randomUUID());
            case MANAGER -> TestTokens.courtManager(world.manager());
            case OTHER_MANAGER -> TestTokens.courtManager(world.otherManager());
            case ADMIN -> TestTokens.admin(UUID.randomUUID());
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

    private static Map<Actor, Integer> statuses(int anonymous, int member, int manager, int otherManager, int admin) {
        Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
        expected.put(Actor.ANONYMOUS, anonymous);
        expected.put(Actor.MEMBER, member);
        expected.put(Actor.MANAGER, manager);
        expected.put(Actor.OTHER_MANAGER, otherManager);
        expected.put(Actor.ADMIN, admin);
        return expected;
    }

    private static Map<Actor, Integer> everyone(int status) {
        return statuses(status, status, status, status, status);
    }

    private static Map<Actor, Integer> signedIn(int status) {
        return statuses(401, status, status, status, status);
    }

    private static Map<Actor, Integer> clubAuthors(int status) {
        return statuses(401, 403, status, 403, status);
    }

    private static Map<Actor, Integer> adminOnly(int status) {
        return statuses(401, 403, 403, 403, status);
    }
}
