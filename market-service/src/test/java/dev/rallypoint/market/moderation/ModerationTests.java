package dev.rallypoint.market.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.market.MarketServiceTest;
import dev.rallypoint.market.listing.ListingApiTests;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MarketServiceTest
class ModerationTests {

    @LocalServerPort
    int port;

    final String admin = TestTokens.admin(UUID.randomUUID());

    @Test
    void reportedListingsReachTheAdminsWhoHideAndRestoreThem() {
        UUID seller = UUID.randomUUID();
        String listing = offer(seller);
        String reporter = TestTokens.member(UUID.randomUUID());
        assertThat(api().post("/api/v1/market/listings/" + listing + "/reports", reporter, "{\"reason\":\"counterfeit\"}")
                .status()).isEqualTo(204);
        api().post("/api/v1/market/listings/" + listing + "/reports", reporter, "{\"reason\":\"again\"}");
        api().post("/api/v1/market/listings/" + listing + "/reports", TestTokens.member(UUID.randomUUID()),
                "{\"reason\":\"fake photos\"}");

        Api.Response reports = api().get("/api/v1/market/admin/reports?size=100", admin);
        assertThat(reports.json().findValues("listingId").stream().map(node -> node.asString())).contains(listing);
        reports.json().forEach(report -> {
            if (report.path("listingId").asString().equals(listing)) {
                assertThat(report.path("reports").asLong()).isEqualTo(2);
            }
        });

        assertThat(api().put("/api/v1/market/admin/listings/" + listing + "/hiding", admin, "{\"reason\":\"counterfeit\"}")
                .status()).isEqualTo(204);
        assertThat(api().get("/api/v1/market/listings/" + listing, null).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/market/my/listings/" + listing, TestTokens.member(seller)).json().path("hidden")
                .asBoolean()).isTrue();
        assertThat(api().put("/api/v1/market/listings/" + listing + "/favourite", reporter, null).status()).isEqualTo(404);

        assertThat(api().delete("/api/v1/market/admin/listings/" + listing + "/hiding", admin).status()).isEqualTo(204);
        assertThat(api().get("/api/v1/market/listings/" + listing, null).status()).isEqualTo(200);
    }

    @Test
    void aSuspendedSellerNeitherListsNorBuysAndTheirListingsAreHidden() {
        UUID seller = UUID.randomUUID();
        String listing = offer(seller);

        assertThat(api().put("/api/v1/market/admin/sellers/" + seller + "/suspension", admin, "{\"reason\":\"fraud\"}")
                .status()).isEqualTo(204);

        assertThat(api().get("/api/v1/market/listings/" + listing, null).status()).isEqualTo(404);
        Api.Response offered = api().post("/api/v1/market/listings", TestTokens.member(seller), ListingApiTests.VALID);
        assertThat(offered.status()).isEqualTo(403);
        assertThat(offered.code()).isEqualTo("suspended-from-market");

        api().delete("/api/v1/market/admin/sellers/" + seller + "/suspension", admin);
        assertThat(api().post("/api/v1/market/listings", TestTokens.member(seller), ListingApiTests.VALID).status())
                .isEqualTo(201);
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
