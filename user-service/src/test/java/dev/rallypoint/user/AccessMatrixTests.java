package dev.rallypoint.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of user-service against every kind of caller, with the status each must get. A route
 * without a row here fails {@link #everyRouteHasARow()}: access rules are decided when a route is
 * added, not discovered later.
 */
class AccessMatrixTests extends IdentityTestSupport {

    enum Actor { ANONYMOUS, MEMBER_A, MEMBER_B, MANAGER, ADMIN }

    private static final String SOCIAL_PROVIDER = "google";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Who exists for a row: members A and B, a court manager, an admin, a suspended member C. */
    record World(Member a, Member b, Member manager, Member admin, Member suspended, String applicationId) {

        Member as(Actor actor) {
            return switch (actor) {
                case ANONYMOUS -> null;
                case MEMBER_A -> a;
                case MEMBER_B -> b;
                case MANAGER -> manager;
                case ADMIN -> admin;
            };
        }
    }

    /** One route: how to call it for an actor in a world, and the status each actor gets. */
    record Row(String route, boolean mutates, BiFunction<World, Actor, HttpRequest.Builder> request,
            Map<Actor, Integer> expected) {
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

    private static Map<Actor, Integer> everyone(int status) {
        return statuses(status, status, status, status, status);
    }

    private static Map<Actor, Integer> signedIn(int status) {
        return statuses(401, status, status, status, status);
    }

    private static Map<Actor, Integer> adminOnly(int status) {
        return statuses(401, 403, 403, 403, status);
    }

    private Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        add(rows, "POST /api/v1/auth/signup", true, (w, actor) -> json("POST", "/api/v1/auth/signup",
                "{\"email\":\"matrix-%s@test.rallypoint.dev\",\"password\":\"matrix-password\",\"nickname\":\"matrix\"}"
                        .formatted(UUID.randomUUID())), everyone(202));
        add(rows, "POST /api/v1/auth/login", false, (w, actor) -> json("POST", "/api/v1/auth/login",
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(w.a().email(), w.a().password())), everyone(200));
        add(rows, "POST /api/v1/auth/refresh", false, (w, actor) -> json("POST", "/api/v1/auth/refresh",
                "{\"refreshToken\":\"%s\"}".formatted(login(w.a().email(), w.a().password()).refreshToken())), everyone(200));
        add(rows, "POST /api/v1/auth/logout", false, (w, actor) -> json("POST", "/api/v1/auth/logout",
                "{\"refreshToken\":\"%s\"}".formatted(login(w.a().email(), w.a().password()).refreshToken())), everyone(204));
        add(rows, "POST /api/v1/auth/service-tokens", false, (w, actor) -> HttpRequest.newBuilder(uri("/api/v1/auth/service-tokens"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=court-service&client_secret=court-secret-for-tests")),
                everyone(200));
        add(rows, "GET /.well-known/jwks.json", false, (w, actor) -> HttpRequest.newBuilder(uri("/.well-known/jwks.json")).GET(),
                everyone(200));
        add(rows, "GET /api/v1/auth/social/{provider}/authorization", false, (w, actor) -> HttpRequest.newBuilder(
                uri("/api/v1/auth/social/" + SOCIAL_PROVIDER + "/authorization?redirectUri=" + MockProviders.REDIRECT_URI)).GET(),
                everyone(302));
        add(rows, "GET /api/v1/auth/social/{provider}/callback", false, (w, actor) -> HttpRequest.newBuilder(
                uri("/api/v1/auth/social/" + SOCIAL_PROVIDER + "/callback?code=forged&state=forged")).GET(),
                everyone(400));
        add(rows, "POST /api/v1/auth/social/token", false, (w, actor) -> json("POST", "/api/v1/auth/social/token",
                "{\"code\":\"forged\"}"), everyone(401));
        add(rows, "POST /api/v1/auth/email-verification", false, (w, actor) -> json("POST", "/api/v1/auth/email-verification",
                "{\"token\":\"forged\"}"), everyone(400));
        add(rows, "POST /api/v1/auth/password-reset", false, (w, actor) -> json("POST", "/api/v1/auth/password-reset",
                "{\"email\":\"nobody-%s@test.rallypoint.dev\"}".formatted(UUID.randomUUID())), everyone(202));
        add(rows, "POST /api/v1/auth/password-reset/confirmation", false, (w, actor) -> json("POST",
                "/api/v1/auth/password-reset/confirmation", "{\"token\":\"forged\",\"newPassword\":\"matrix-password-2\"}"),
                everyone(400));
        add(rows, "GET /api/v1/users/me", false, (w, actor) -> HttpRequest.newBuilder(uri("/api/v1/users/me")).GET(),
                signedIn(200));
        add(rows, "PATCH /api/v1/users/me", false, (w, actor) -> json("PATCH", "/api/v1/users/me", "{\"homeRegion\":\"Seoul\"}"),
                signedIn(200));
        add(rows, "GET /api/v1/users/{id}", false, (w, actor) -> HttpRequest.newBuilder(uri("/api/v1/users/" + w.a().id())).GET(),
                statuses(401, 200, 403, 403, 200));
        add(rows, "PUT /api/v1/users/me/password", true, (w, actor) -> json("PUT", "/api/v1/users/me/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"changed-password\"}".formatted(
                        actor == Actor.ANONYMOUS ? "x" : w.as(actor).password())), signedIn(204));
        add(rows, "POST /api/v1/users/me/withdrawal", true, (w, actor) -> json("POST", "/api/v1/users/me/withdrawal",
                "{\"password\":\"%s\"}".formatted(actor == Actor.ANONYMOUS ? "x" : w.as(actor).password())), signedIn(204));
        add(rows, "POST /api/v1/users/me/court-manager-application", true, (w, actor) -> json("POST",
                "/api/v1/users/me/court-manager-application", "{\"clubName\":\"Club\",\"businessNumber\":\"123-45-67890\"}"),
                statuses(401, 409, 201, 409, 201));
        add(rows, "GET /api/v1/users/me/court-manager-application", false, (w, actor) -> HttpRequest.newBuilder(
                uri("/api/v1/users/me/court-manager-application")).GET(), statuses(401, 200, 404, 404, 404));
        add(rows, "GET /api/v1/admin/users", false, (w, actor) -> HttpRequest.newBuilder(uri("/api/v1/admin/users")).GET(),
                adminOnly(200));
        add(rows, "GET /api/v1/admin/users/{id}", false, (w, actor) -> HttpRequest.newBuilder(
                uri("/api/v1/admin/users/" + w.a().id())).GET(), adminOnly(200));
        add(rows, "PUT /api/v1/admin/users/{id}/roles", true, (w, actor) -> json("PUT", "/api/v1/admin/users/" + w.a().id() + "/roles",
                "{\"roles\":[\"MEMBER\",\"ADMIN\"]}"), adminOnly(200));
        add(rows, "POST /api/v1/admin/users/{id}/suspension", true, (w, actor) -> json("POST",
                "/api/v1/admin/users/" + w.a().id() + "/suspension", "{\"reason\":\"matrix\"}"), adminOnly(200));
        add(rows, "DELETE /api/v1/admin/users/{id}/suspension", true, (w, actor) -> HttpRequest.newBuilder(
                uri("/api/v1/admin/users/" + w.suspended().id() + "/suspension")).DELETE(), adminOnly(200));
        add(rows, "GET /api/v1/admin/court-manager-applications", false, (w, actor) -> HttpRequest.newBuilder(
                uri("/api/v1/admin/court-manager-applications")).GET(), adminOnly(200));
        add(rows, "POST /api/v1/admin/court-manager-applications/{id}/approval", true, (w, actor) -> json("POST",
                "/api/v1/admin/court-manager-applications/" + w.applicationId() + "/approval", ""), adminOnly(200));
        add(rows, "POST /api/v1/admin/court-manager-applications/{id}/rejection", true, (w, actor) -> json("POST",
                "/api/v1/admin/court-manager-applications/" + w.applicationId() + "/rejection", "{\"reason\":\"no\"}"),
                adminOnly(200));
        add(rows, "POST /api/v1/admin/signing-keys/rotation", false, (w, actor) -> json("POST",
                "/api/v1/admin/signing-keys/rotation", ""), adminOnly(200));
        add(rows, "POST /api/v1/wallet/charges", false, (w, actor) -> charge(), signedIn(201));
        add(rows, "GET /api/v1/wallet", false, (w, actor) -> HttpRequest.newBuilder(uri("/api/v1/wallet")).GET(), signedIn(200));
        add(rows, "GET /api/v1/wallet/ledger", false, (w, actor) -> HttpRequest.newBuilder(uri("/api/v1/wallet/ledger")).GET(),
                signedIn(200));
        add(rows, "GET /api/v1/wallet/ledger/{entryId}", false, (w, actor) -> HttpRequest.newBuilder(
                uri("/api/v1/wallet/ledger/" + send(charge(), w.a().accessToken()).json().get("entryId").asString())).GET(),
                statuses(401, 200, 404, 404, 404));
        add(rows, "GET /api/v1/wallet/payments/{paymentId}", false, (w, actor) -> HttpRequest.newBuilder(
                uri("/api/v1/wallet/payments/" + UUID.randomUUID())).GET(), statuses(401, 403, 403, 403, 403));
        add(rows, "GET /api/v1/admin/users/{userId}/wallet", false, (w, actor) -> HttpRequest.newBuilder(
                uri("/api/v1/admin/users/" + w.a().id() + "/wallet")).GET(), adminOnly(200));
        add(rows, "GET /api/v1/admin/users/{userId}/wallet/ledger", false, (w, actor) -> HttpRequest.newBuilder(
                uri("/api/v1/admin/users/" + w.a().id() + "/wallet/ledger")).GET(), adminOnly(200));
        return rows;
    }

    private HttpRequest.Builder charge() {
        return json("POST", "/api/v1/wallet/charges", "{\"points\":1000}").header("Idempotency-Key", UUID.randomUUID().toString());
    }

    private static void add(Map<String, Row> rows, String route, boolean mutates,
            BiFunction<World, Actor, HttpRequest.Builder> request, Map<Actor, Integer> expected) {
        rows.put(route, new Row(route, mutates, request, expected));
    }

    private HttpRequest.Builder json(String method, String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void everyRouteHasARow() {
        Set<String> routes = mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().getBeanType().getPackageName().startsWith("dev.rallypoint.user"))
                .flatMap(entry -> entry.getKey().getMethodsCondition().getMethods().stream()
                        .flatMap(method -> entry.getKey().getPatternValues().stream().map(path -> method.name() + " " + path)))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(rows().keySet()).as("rows of the access matrix").containsExactlyInAnyOrderElementsOf(routes);
    }

    static Stream<Named<String>> routes() {
        return new AccessMatrixTests().rowsWithoutServer();
    }

    private Stream<Named<String>> rowsWithoutServer() {
        return rows().keySet().stream().map(route -> Named.of(route, route));
    }

    private World world() {
        Member admin = promoted(newMember(), "[\"MEMBER\",\"ADMIN\"]");
        Member manager = promoted(newMember(), "[\"MEMBER\",\"COURT_MANAGER\"]");
        Member a = newMember();
        String application = post("/api/v1/users/me/court-manager-application", a.accessToken(),
                "{\"clubName\":\"A's club\",\"businessNumber\":\"123-45-67890\"}").json().get("id").asString();
        Member suspended = newMember();
        post("/api/v1/admin/users/" + suspended.id() + "/suspension", adminLogin().accessToken(), "{\"reason\":\"matrix\"}");
        return new World(a, newMember(), manager, admin, suspended, application);
    }

    private Member promoted(Member member, String roles) {
        put("/api/v1/admin/users/" + member.id() + "/roles", adminLogin().accessToken(), "{\"roles\":" + roles + "}");
        return new Member(member.id(), member.email(), member.password(), login(member.email(), member.password()));
    }

    private static World shared;

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void answersEveryCallerAsExpected(String route) {
        Row row = rows().get(route);
        SoftAssertions softly = new SoftAssertions();
        World world = row.mutates() ? world() : sharedWorld();
        for (Actor actor : Actor.values()) {
            Member caller = world.as(actor);
            Response response = send(row.request().apply(world, actor), caller == null ? null : caller.accessToken());
            softly.assertThat(response.status()).as("%s as %s: %s", route, actor, response.body())
                    .isEqualTo(row.expected().get(actor));
        }
        softly.assertAll();
    }

    private World sharedWorld() {
        if (shared == null) {
            shared = world();
        }
        return shared;
    }
}
