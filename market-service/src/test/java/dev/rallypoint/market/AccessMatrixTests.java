package dev.rallypoint.market;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of market-service against every kind of caller: anyone reads listings; only a listing's
 * seller changes it; only a trade's parties see it, each taking only their own steps (a stranger is told
 * there is no such trade); only admins settle. A route without a row fails {@link #everyRouteHasARow()}.
 */
@MarketServiceTest
class AccessMatrixTests {

    enum Actor { ANONYMOUS, STRANGER, SELLER, BUYER, ADMIN }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** A seller's listing under a buyer's trade whose escrow is held, and another listing still on sale. */
    record World(UUID seller, UUID buyer, String listing, String trade, String onSale) {
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
                .filter(entry -> entry.getValue().getBeanType().getPackageName().startsWith("dev.rallypoint.market"))
                .flatMap(entry -> entry.getKey().getMethodsCondition().getMethods().stream()
                        .flatMap(method -> entry.getKey().getPatternValues().stream().map(path -> method.name() + " " + path)))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(routes);
    }

    private Map<String, Row> rows() {
        String listing = dev.rallypoint.market.listing.ListingApiTests.VALID;
        Map<String, Row> rows = new LinkedHashMap<>();
        rows.put("POST /api/v1/market/listings", new Row(w -> json("POST", "/api/v1/market/listings", listing),
                signedIn(201)));
        rows.put("GET /api/v1/market/listings", new Row(w -> get("/api/v1/market/listings"), everyone(200)));
        rows.put("GET /api/v1/market/listings/{id}", new Row(w -> get("/api/v1/market/listings/" + w.onSale()), everyone(200)));
        rows.put("PUT /api/v1/market/listings/{id}", new Row(w -> json("PUT", "/api/v1/market/listings/" + w.onSale(), listing),
                statuses(401, 403, 200, 403, 403)));
        rows.put("POST /api/v1/market/listings/{id}/withdrawal", new Row(w -> post("/api/v1/market/listings/" + w.onSale()
                + "/withdrawal"), statuses(401, 403, 200, 403, 403)));
        rows.put("GET /api/v1/market/my/listings", new Row(w -> get("/api/v1/market/my/listings"), signedIn(200)));
        rows.put("GET /api/v1/market/my/listings/{id}", new Row(w -> get("/api/v1/market/my/listings/" + w.onSale()),
                statuses(401, 403, 200, 403, 403)));
        for (String kind : new String[] { "favourite", "price-watch" }) {
            rows.put("PUT /api/v1/market/listings/{id}/" + kind, new Row(w -> request("/api/v1/market/listings/" + w.onSale()
                    + "/" + kind).PUT(HttpRequest.BodyPublishers.noBody()), signedIn(204)));
            rows.put("DELETE /api/v1/market/listings/{id}/" + kind, new Row(w -> request("/api/v1/market/listings/"
                    + w.onSale() + "/" + kind).DELETE(), signedIn(204)));
        }
        rows.put("GET /api/v1/market/my/favourites", new Row(w -> get("/api/v1/market/my/favourites"), signedIn(200)));

        rows.put("POST /api/v1/market/trades", new Row(w -> json("POST", "/api/v1/market/trades",
                "{\"listingId\":\"" + w.onSale() + "\"}").header("Idempotency-Key", UUID.randomUUID().toString()),
                statuses(401, 201, 409, 201, 201)));
        rows.put("GET /api/v1/market/trades/{id}", new Row(w -> get("/api/v1/market/trades/" + w.trade()),
                statuses(401, 404, 200, 200, 200)));
        rows.put("GET /api/v1/market/my/trades", new Row(w -> get("/api/v1/market/my/trades"), signedIn(200)));
        rows.put("POST /api/v1/market/trades/{id}/cancellation", new Row(w -> post("/api/v1/market/trades/" + w.trade()
                + "/cancellation"), statuses(401, 404, 403, 200, 404)));
        rows.put("POST /api/v1/market/trades/{id}/decline", new Row(w -> post("/api/v1/market/trades/" + w.trade()
                + "/decline"), statuses(401, 404, 200, 403, 404)));
        rows.put("POST /api/v1/market/trades/{id}/hand-over", new Row(w -> post("/api/v1/market/trades/" + w.trade()
                + "/hand-over"), statuses(401, 404, 200, 403, 404)));
        rows.put("POST /api/v1/market/trades/{id}/confirmation", new Row(w -> post("/api/v1/market/trades/" + w.trade()
                + "/confirmation"), statuses(401, 404, 403, 409, 404)));
        rows.put("POST /api/v1/market/trades/{id}/dispute", new Row(w -> json("POST", "/api/v1/market/trades/" + w.trade()
                + "/dispute", "{\"reason\":\"broken\"}"), statuses(401, 404, 200, 200, 404)));
        rows.put("GET /api/v1/market/admin/trades", new Row(w -> get("/api/v1/market/admin/trades"), adminOnly(200)));
        rows.put("POST /api/v1/market/admin/trades/{id}/settlement", new Row(w -> json("POST", "/api/v1/market/admin/trades/"
                + w.trade() + "/settlement", "{\"inFavourOf\":\"SELLER\"}"), adminOnly(409)));
        rows.put("POST /api/v1/market/trades/{id}/rating", new Row(w -> json("POST", "/api/v1/market/trades/" + w.trade()
                + "/rating", "{\"stars\":5}"), statuses(401, 404, 403, 409, 404)));
        rows.put("GET /api/v1/market/sellers/{sellerId}/ratings", new Row(w -> get("/api/v1/market/sellers/" + w.seller()
                + "/ratings"), signedIn(200)));

        rows.put("POST /api/v1/market/listings/{id}/reports", new Row(w -> json("POST", "/api/v1/market/listings/"
                + w.onSale() + "/reports", "{\"reason\":\"counterfeit\"}"), signedIn(204)));
        rows.put("GET /api/v1/market/admin/reports", new Row(w -> get("/api/v1/market/admin/reports"), adminOnly(200)));
        rows.put("PUT /api/v1/market/admin/listings/{id}/hiding", new Row(w -> json("PUT", "/api/v1/market/admin/listings/"
                + w.onSale() + "/hiding", "{\"reason\":\"counterfeit\"}"), adminOnly(204)));
        rows.put("DELETE /api/v1/market/admin/listings/{id}/hiding", new Row(w -> request("/api/v1/market/admin/listings/"
                + w.onSale() + "/hiding").DELETE(), adminOnly(204)));
        rows.put("PUT /api/v1/market/admin/sellers/{sellerId}/suspension", new Row(w -> json("PUT",
                "/api/v1/market/admin/sellers/" + w.seller() + "/suspension", "{\"reason\":\"fraud\"}"), adminOnly(204)));
        rows.put("DELETE /api/v1/market/admin/sellers/{sellerId}/suspension", new Row(w -> request(
                "/api/v1/market/admin/sellers/" + w.seller() + "/suspension").DELETE(), adminOnly(204)));
        return rows;
    }

    private World world() {
        UUID seller = UUID.randomUUID();
        UUID buyer = UUID.randomUUID();
        Api api = new Api(port);
        String listing = offer(api, seller);
        String onSale = offer(api, seller);
        HttpRequest.Builder reserve = json("POST", "/api/v1/market/trades", "{\"listingId\":\"" + listing + "\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Authorization", "Bearer " + TestTokens.member(buyer));
        Api.Response trade = send(reserve);
        assertThat(trade.status()).as(trade.toString()).isEqualTo(201);
        String tradeId = trade.json().path("id").asString();
        jdbc.sql("update trade set status = 'HELD' where id = ?").param(UUID.fromString(tradeId)).update();
        return new World(seller, buyer, listing, tradeId, onSale);
    }

    private static String offer(Api api, UUID seller) {
        Api.Response offered = api.post("/api/v1/market/listings", TestTokens.member(seller),
                dev.rallypoint.market.listing.ListingApiTests.VALID);
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        return offered.json().path("id").asString();
    }

    private static String token(World world, Actor actor) {
        return switch (actor) {
            case ANONYMOUS -> null;
            case STRANGER -> TestTokens.member(UUID.randomUUID());
            case SELLER -> TestTokens.member(world.seller());
            case BUYER -> TestTokens.member(world.buyer());
            case ADMIN -> TestTokens.admin(UUID.randomUUID());
        };
    }

    private static Api.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = Api.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.headers(), response.body());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static int status(HttpRequest.Builder request) {
        return send(request).status();
    }

    private HttpRequest.Builder request(String path) {
        return new Api(port).request(path, null);
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder post(String path) {
        return request(path).POST(HttpRequest.BodyPublishers.noBody());
    }

    private HttpRequest.Builder json(String method, String path, String body) {
        return request(path).header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private static Map<Actor, Integer> statuses(int anonymous, int stranger, int seller, int buyer, int admin) {
        Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
        expected.put(Actor.ANONYMOUS, anonymous);
        expected.put(Actor.STRANGER, stranger);
        expected.put(Actor.SELLER, seller);
        expected.put(Actor.BUYER, buyer);
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
}
