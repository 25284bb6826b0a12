package dev.rallypoint.market.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.market.MarketServiceTest;
import dev.rallypoint.market.TestClock;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@MarketServiceTest
public class ListingApiTests {

    public static final String VALID = """
            {"title":"Babolat Pure Aero 라켓","description":"<script>alert('x')</script> 거의 새것",
             "category":"RACKET","condition":"LIKE_NEW","brand":"Babolat","model":"Pure Aero","price":120000,
             "images":["https://img.example/a.jpg","https://img.example/b.jpg"],"area":"Seoul Mapo"}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ListingRepository listings;

    @Autowired
    TestClock clock;

    @Test
    void offersAListingAndServesItsScriptAsPlainJsonText() {
        UUID seller = UUID.randomUUID();
        Api.Response offered = api().post("/api/v1/market/listings", TestTokens.member(seller), VALID);

        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        String id = offered.json().path("id").asString();
        assertThat(offered.headers().firstValue("Location")).contains("/api/v1/market/listings/" + id);
        Api.Response read = api().get("/api/v1/market/listings/" + id, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(read.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(read.json().path("description").asString()).isEqualTo("<script>alert('x')</script> 거의 새것");
        assertThat(read.json().path("status").asString()).isEqualTo("ON_SALE");
        assertThat(read.json().path("sellerId").asString()).isEqualTo(seller.toString());
        assertThat(read.json().path("images")).hasSize(2);
    }

    @Test
    void refusesBadInputWithAProblemAndStoresNothing() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("negative price", VALID.replace("120000", "-1"));
        bodies.put("zero price", VALID.replace("120000", "0"));
        bodies.put("price beyond the maximum", VALID.replace("120000", "100000001"));
        bodies.put("price as text", VALID.replace("120000", "\"cheap\""));
        bodies.put("fractional price", VALID.replace("120000", "1.5"));
        bodies.put("plain http image", VALID.replace("https://img.example/a.jpg", "http://img.example/a.jpg"));
        bodies.put("javascript image", VALID.replace("https://img.example/a.jpg", "javascript:alert(1)"));
        bodies.put("eleven images", VALID.replace("\"https://img.example/a.jpg\",", "\"https://img.example/a.jpg\",".repeat(10)));
        bodies.put("title too long", VALID.replace("Babolat Pure Aero 라켓", "x".repeat(101)));
        bodies.put("blank title", VALID.replace("Babolat Pure Aero 라켓", "   "));
        bodies.put("description too long", VALID.replace("거의 새것", "x".repeat(5_001)));
        bodies.put("description beyond the 64 KB body limit", VALID.replace("거의 새것", "x".repeat(200_000)));
        bodies.put("unknown category", VALID.replace("RACKET", "CAR"));
        bodies.put("missing condition", VALID.replace("\"condition\":\"LIKE_NEW\",", ""));
        bodies.put("unknown field", VALID.replace("\"area\"", "\"sellerId\":\"" + UUID.randomUUID() + "\",\"area\""));
        bodies.put("junk", "{\"title\":");
        bodies.put("not an object", "[1,2,3]");
        bodies.put("empty", "");
        String token = TestTokens.member(UUID.randomUUID());
        long before = storedListings();

        SoftAssertions softly = new SoftAssertions();
        bodies.forEach((name, body) -> {
            Api.Response response = api().post("/api/v1/market/listings", token, body);
            softly.assertThat(response.status()).as(name).isBetween(400, 499);
            softly.assertThat(response.isProblem()).as(name + " is a problem").isTrue();
        });
        softly.assertAll();
        assertThat(storedListings()).isEqualTo(before);
    }

    @Test
    void onlyTheSellerEditsAndOnlyWhileNobodyIsBuying() {
        UUID seller = UUID.randomUUID();
        String id = offer(seller);
        String cheaper = VALID.replace("120000", "90000");

        Api.Response byStranger = api().put("/api/v1/market/listings/" + id, TestTokens.member(UUID.randomUUID()), cheaper);
        Api.Response byAdmin = api().put("/api/v1/market/listings/" + id, TestTokens.admin(UUID.randomUUID()), cheaper);
        assertThat(byStranger.status()).isEqualTo(403);
        assertThat(byStranger.code()).isEqualTo("not-listing-seller");
        assertThat(byAdmin.status()).isEqualTo(403);

        Api.Response bySeller = api().put("/api/v1/market/listings/" + id, TestTokens.member(seller), cheaper);
        assertThat(bySeller.status()).as(bySeller.toString()).isEqualTo(200);
        assertThat(bySeller.json().path("price").asLong()).isEqualTo(90_000);

        Listing listing = listings.findById(UUID.fromString(id)).orElseThrow();
        listing.reserve(clock);
        listings.save(listing);
        Api.Response whileReserved = api().put("/api/v1/market/listings/" + id, TestTokens.member(seller), VALID);
        assertThat(whileReserved.status()).isEqualTo(409);
        assertThat(whileReserved.code()).isEqualTo("listing-not-on-sale");
        assertThat(api().post("/api/v1/market/listings/" + id + "/withdrawal", TestTokens.member(seller), null).status())
                .isEqualTo(409);
        assertThat(api().get("/api/v1/market/listings/" + id, null).json().path("price").asLong()).isEqualTo(90_000);
    }

    @Test
    void aWithdrawnListingStaysWithdrawn() {
        UUID seller = UUID.randomUUID();
        String id = offer(seller);

        Api.Response withdrawn = api().post("/api/v1/market/listings/" + id + "/withdrawal", TestTokens.member(seller), null);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(api().put("/api/v1/market/listings/" + id, TestTokens.member(seller), VALID).status()).isEqualTo(409);
        assertThat(api().get("/api/v1/market/my/listings", TestTokens.member(seller)).json().path("content").get(0)
                .path("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void anUnknownListingIsNotFound() {
        Api.Response response = api().get("/api/v1/market/listings/" + UUID.randomUUID(), null);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("listing-not-found");
        assertThat(api().get("/api/v1/market/listings/not-a-uuid", null).status()).isEqualTo(400);
    }

    private String offer(UUID seller) {
        Api.Response offered = api().post("/api/v1/market/listings", TestTokens.member(seller), VALID);
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        return offered.json().path("id").asString();
    }

    private long storedListings() {
        return jdbc.sql("select count(*) from listing").query(Long.class).single();
    }

    private Api api() {
        return new Api(port);
    }
}
