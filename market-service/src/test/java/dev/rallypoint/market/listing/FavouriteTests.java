package dev.rallypoint.market.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.market.MarketServiceTest;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@MarketServiceTest
class FavouriteTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsListingsOnAWishlistOncePerMember() {
        UUID seller = UUID.randomUUID();
        String id = offer(seller);
        String member = TestTokens.member(UUID.randomUUID());

        assertThat(api().put("/api/v1/market/listings/" + id + "/favourite", member, null).status()).isEqualTo(204);
        assertThat(api().put("/api/v1/market/listings/" + id + "/favourite", member, null).status()).isEqualTo(204);
        Api.Response mine = api().get("/api/v1/market/my/favourites", member);
        assertThat(mine.json().path("totalElements").asLong()).isEqualTo(1);
        assertThat(mine.json().path("content").get(0).path("id").asString()).isEqualTo(id);
        assertThat(api().get("/api/v1/market/my/favourites", TestTokens.member(UUID.randomUUID())).json()
                .path("totalElements").asLong()).isZero();

        assertThat(api().delete("/api/v1/market/listings/" + id + "/favourite", member).status()).isEqualTo(204);
        assertThat(api().get("/api/v1/market/my/favourites", member).json().path("totalElements").asLong()).isZero();
        assertThat(api().put("/api/v1/market/listings/" + UUID.randomUUID() + "/favourite", member, null).status())
                .isEqualTo(404);
    }

    @Test
    void tellsPriceWatchersWhenTheSellerLowersThePrice() {
        UUID seller = UUID.randomUUID();
        String id = offer(seller);
        UUID watcher = UUID.randomUUID();
        UUID quitter = UUID.randomUUID();
        api().put("/api/v1/market/listings/" + id + "/price-watch", TestTokens.member(watcher), null);
        api().put("/api/v1/market/listings/" + id + "/price-watch", TestTokens.member(quitter), null);
        api().delete("/api/v1/market/listings/" + id + "/price-watch", TestTokens.member(quitter));
        api().put("/api/v1/market/listings/" + id + "/favourite", TestTokens.member(UUID.randomUUID()), null);

        api().put("/api/v1/market/listings/" + id, TestTokens.member(seller), ListingApiTests.VALID.replace("120000", "130000"));
        assertThat(announcements(id)).isZero();
        Api.Response lowered = api().put("/api/v1/market/listings/" + id, TestTokens.member(seller),
                ListingApiTests.VALID.replace("120000", "100000"));

        assertThat(lowered.status()).isEqualTo(200);
        assertThat(announcements(id)).isEqualTo(1);
        String event = jdbc.sql("select serialized_event from event_publication where serialized_event like ?")
                .param("%" + id + "%").query(String.class).single();
        assertThat(event).contains(watcher.toString()).doesNotContain(quitter.toString()).contains("130000").contains("100000");
    }

    private long announcements(String listingId) {
        return jdbc.sql("select count(*) from event_publication where event_type like '%ListingPriceDropped' and serialized_event like ?")
                .param("%" + listingId + "%").query(Long.class).single();
    }

    private String offer(UUID seller) {
        Api.Response offered = api().post("/api/v1/market/listings", TestTokens.member(seller), ListingApiTests.VALID);
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        return offered.json().path("id").asString();
    }

    private Api api() {
        return new Api(port);
    }
}
