package dev.rallypoint.notification;

import dev.rallypoint.test.Api;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.identity.Role;
import dev.rallypoint.notification.broadcast.Audience;
import dev.rallypoint.notification.broadcast.Broadcasts;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.inbox.Inbox;
import dev.rallypoint.notification.preference.Category;
import dev.rallypoint.test.TestTokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of notification-service against every kind of caller, with the status each must get:
 * member B never reads, marks or deletes member A's notification (404, nothing revealed), only admins
 * announce. A route without a row fails {@link #everyRouteHasARow()}.
 */
@NotificationServiceTest
class AccessMatrixTests {

    enum Actor { ANONYMOUS, MEMBER_A, MEMBER_B, MANAGER, ADMIN }

    @LocalServerPort
    int port;

    @Autowired
    Inbox inbox;

    @Autowired
    Broadcasts broadcasts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Member A with one notification, and an announcement. */
    record World(UUID a, UUID notification, UUID announcement) {
    }

    record Row(BiFunction<World, Actor, HttpRequest.Builder> request, Map<Actor, Integer> expected) {
    }

    @Test
    void everyActorGetsTheStatusItsRowSays() {
        SoftAssertions softly = new SoftAssertions();
        rows().forEach((route, row) -> {
            for (Actor actor : Actor.values()) {
                World world = world();
                HttpRequest.Builder request = row.request().apply(world, actor);
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
                .filter(entry -> entry.getValue().getBeanType().getPackageName().startsWith("dev.rallypoint.notification"))
                .flatMap(entry -> entry.getKey().getMethodsCondition().getMethods().stream()
                        .flatMap(method -> entry.getKey().getPatternValues().stream().map(path -> method.name() + " " + path)))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(routes);
    }

    private Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        rows.put("GET /api/v1/notifications", new Row((w, a) -> get("/api/v1/notifications"), signedIn(200)));
        rows.put("GET /api/v1/notifications/unread-count", new Row((w, a) -> get("/api/v1/notifications/unread-count"),
                signedIn(200)));
        rows.put("GET /api/v1/notifications/{id}", new Row((w, a) -> get("/api/v1/notifications/" + w.notification()),
                ownerOnly(200)));
        rows.put("PUT /api/v1/notifications/{id}/read", new Row((w, a) -> request("/api/v1/notifications/" + w.notification()
                + "/read").PUT(HttpRequest.BodyPublishers.noBody()), ownerOnly(200)));
        rows.put("PUT /api/v1/notifications/read", new Row((w, a) -> request("/api/v1/notifications/read")
                .PUT(HttpRequest.BodyPublishers.noBody()), signedIn(200)));
        rows.put("DELETE /api/v1/notifications/{id}", new Row((w, a) -> request("/api/v1/notifications/" + w.notification())
                .DELETE(), ownerOnly(204)));
        rows.put("GET /api/v1/notifications/stream", new Row((w, a) -> get("/api/v1/notifications/stream")
                .header("Accept", "text/event-stream"), signedIn(200)));
        rows.put("GET /api/v1/notifications/preferences", new Row((w, a) -> get("/api/v1/notifications/preferences"),
                signedIn(200)));
        rows.put("PUT /api/v1/notifications/preferences", new Row((w, a) -> json("PUT", "/api/v1/notifications/preferences",
                "{\"language\":\"en\",\"timeZone\":\"UTC\",\"channels\":{}}"), signedIn(200)));
        rows.put("POST /api/v1/admin/notifications/announcements", new Row((w, a) -> json("POST",
                "/api/v1/admin/notifications/announcements", "{\"title\":\"matrix\",\"body\":\"b\",\"role\":\"ADMIN\"}"),
                adminOnly(202)));
        rows.put("GET /api/v1/admin/notifications/announcements/{id}", new Row((w, a) -> get(
                "/api/v1/admin/notifications/announcements/" + w.announcement()), adminOnly(200)));
        return rows;
    }

    private World world() {
        UUID a = UUID.randomUUID();
        inbox.deliver(List.of(Draft.to(a, Category.PAYMENT, "refund.completed", "/wallet", 1, 2)), "matrix-" + a);
        UUID notification = inbox.inbox(a, false, null, org.springframework.data.domain.PageRequest.of(0, 1)).content()
                .getFirst().id();
        UUID announcement = broadcasts.start("matrix/" + a, new Audience.WithRole(Role.ADMIN), Category.ANNOUNCEMENT,
                "announcement", List.of("t", "b"), null, null);
        return new World(a, notification, announcement);
    }

    private static String token(World world, Actor actor) {
        return switch (actor) {
            case ANONYMOUS -> null;
            case MEMBER_A -> TestTokens.member(world.a());
            case MEMBER_B -> TestTokens.member(UUID.randomUUID());
            case MANAGER -> TestTokens.courtManager(UUID.randomUUID());
            case ADMIN -> TestTokens.admin(UUID.randomUUID());
        };
    }

    private int status(HttpRequest.Builder request) {
        // a stream never ends by itself: the status is read from the headers, then the body is dropped
        try {
            HttpResponse<java.io.InputStream> response = Api.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
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

    private static Map<Actor, Integer> statuses(int anonymous, int a, int b, int manager, int admin) {
        Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
        expected.put(Actor.ANONYMOUS, anonymous);
        expected.put(Actor.MEMBER_A, a);
        expected.put(Actor.MEMBER_B, b);
        expected.put(Actor.MANAGER, manager);
        expected.put(Actor.ADMIN, admin);
        return expected;
    }

    private static Map<Actor, Integer> signedIn(int status) {
        return statuses(401, status, status, status, status);
    }

    private static Map<Actor, Integer> ownerOnly(int status) {
        return statuses(401, status, 404, 404, 404);
    }

    private static Map<Actor, Integer> adminOnly(int status) {
        return statuses(401, 403, 403, 403, status);
    }
}
