package dev.rallypoint.market.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rallypoint.common.event.user.EscrowHeld;
import dev.rallypoint.common.event.user.EscrowHoldFailed;
import dev.rallypoint.market.MarketServiceTest;
import dev.rallypoint.market.TestClock;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Trades through the API with the wallet's answers arriving over Kafka: held, handed over, confirmed (by
 * the buyer or the deadline), cancelled, declined, disputed and settled; answers that come again change
 * nothing; only the parties see a trade.
 */
@MarketServiceTest
class TradeFlowTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Trades trades;

    @Autowired
    TestClock clock;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    final UUID seller = UUID.randomUUID();

    final UUID buyer = UUID.randomUUID();

    @Test
    void heldHandedOverAndConfirmedSellsTheListing() {
        String listing = offer(port, seller, 30_000);
        String trade = reserve(buyer, listing);
        assertThat(trade(trade, buyer).path("status").asString()).isEqualTo("REQUESTED");

        EscrowHeld held = new EscrowHeld(UUID.randomUUID(), Instant.now(), UUID.fromString(trade), buyer, 30_000, 70_000);
        WalletBroker.send(held);
        awaitStatus(trade, "HELD");
        WalletBroker.send(held);
        WalletBroker.send(new EscrowHoldFailed(UUID.randomUUID(), Instant.now(), UUID.fromString(trade), buyer,
                EscrowHoldFailed.CANCELLED));

        assertThat(api().post("/api/v1/market/trades/" + trade + "/hand-over", TestTokens.member(buyer), null).status())
                .isEqualTo(403);
        assertThat(api().post("/api/v1/market/trades/" + trade + "/hand-over", TestTokens.member(seller), null).status())
                .isEqualTo(200);
        Api.Response confirmed = api().post("/api/v1/market/trades/" + trade + "/confirmation", TestTokens.member(buyer), null);

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asString()).isEqualTo("COMPLETED");
        assertThat(listingStatus(listing)).isEqualTo("SOLD");
        assertThat(published("TradeCompleted", trade)).isEqualTo(1);
        assertThat(published("TradeCancelled", trade)).as("the late failure changed nothing").isZero();
        assertThat(api().get("/api/v1/market/my/trades?as=SELLER", TestTokens.member(seller)).json().path("content").get(0)
                .path("id").asString()).isEqualTo(trade);

        String rating = "{\"stars\":4,\"comment\":\"<b>fast</b> hand-over\"}";
        assertThat(api().post("/api/v1/market/trades/" + trade + "/rating", TestTokens.member(seller), rating).status())
                .isEqualTo(403);
        assertThat(api().post("/api/v1/market/trades/" + trade + "/rating", TestTokens.member(buyer), "{\"stars\":6}")
                .status()).isEqualTo(400);
        assertThat(api().post("/api/v1/market/trades/" + trade + "/rating", TestTokens.member(buyer), rating).status())
                .isEqualTo(201);
        assertThat(api().post("/api/v1/market/trades/" + trade + "/rating", TestTokens.member(buyer), rating).code())
                .isEqualTo("already-rated");
        tools.jackson.databind.JsonNode ratings = api().get("/api/v1/market/sellers/" + seller + "/ratings",
                TestTokens.member(UUID.randomUUID())).json();
        assertThat(ratings.path("count").asLong()).isEqualTo(1);
        assertThat(ratings.path("average").asDouble()).isEqualTo(4.0);
        assertThat(ratings.path("recent").get(0).path("comment").asString()).isEqualTo("<b>fast</b> hand-over");
    }

    @Test
    void aHoldTheWalletRefusesCancelsTheTradeAndPutsTheListingBackOnSale() {
        String listing = offer(port, seller, 30_000);
        String trade = reserve(buyer, listing);

        WalletBroker.send(new EscrowHoldFailed(UUID.randomUUID(), Instant.now(), UUID.fromString(trade), buyer,
                EscrowHoldFailed.INSUFFICIENT_POINTS));

        awaitStatus(trade, "CANCELLED");
        assertThat(listingStatus(listing)).isEqualTo("ON_SALE");
        assertThat(reserve(UUID.randomUUID(), listing)).isNotEqualTo(trade);
    }

    @Test
    void theBuyerCancelsOrTheSellerDeclinesBeforeTheHandOver() {
        String listing = offer(port, seller, 30_000);
        String first = reserve(buyer, listing);
        assertThat(api().post("/api/v1/market/trades/" + first + "/cancellation", TestTokens.member(seller), null).status())
                .isEqualTo(403);
        assertThat(api().post("/api/v1/market/trades/" + first + "/cancellation", TestTokens.member(buyer), null).status())
                .isEqualTo(200);
        assertThat(listingStatus(listing)).isEqualTo("ON_SALE");
        assertThat(published("TradeCancelled", first)).isEqualTo(1);

        String second = reserve(UUID.randomUUID(), listing);
        assertThat(api().post("/api/v1/market/trades/" + second + "/decline", TestTokens.member(seller), null).json()
                .path("outcome").asString()).isEqualTo("SELLER_DECLINED");
        assertThat(listingStatus(listing)).isEqualTo("ON_SALE");
    }

    @Test
    void confirmsItselfOnceTheDeadlinePassesWithoutTheBuyer() {
        String listing = offer(port, seller, 30_000);
        String trade = heldTrade(listing);
        api().post("/api/v1/market/trades/" + trade + "/hand-over", TestTokens.member(seller), null);

        trades.confirmDue(100);
        assertThat(trade(trade, buyer).path("status").asString()).isEqualTo("HANDED_OVER");
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        trades.confirmDue(100);
        trades.confirmDue(100);

        assertThat(trade(trade, buyer).path("outcome").asString()).isEqualTo("AUTO_CONFIRMED");
        assertThat(listingStatus(listing)).isEqualTo("SOLD");
        assertThat(published("TradeCompleted", trade)).isEqualTo(1);
    }

    @Test
    void aDisputeWaitsForAnAdmin() {
        String listing = offer(port, seller, 30_000);
        String trade = heldTrade(listing);
        Api.Response disputed = api().post("/api/v1/market/trades/" + trade + "/dispute", TestTokens.member(buyer),
                "{\"reason\":\"Not the racket in the photos\"}");
        assertThat(disputed.json().path("status").asString()).isEqualTo("DISPUTED");

        String settlement = "{\"inFavourOf\":\"BUYER\"}";
        assertThat(api().post("/api/v1/market/admin/trades/" + trade + "/settlement", TestTokens.member(buyer), settlement)
                .status()).isEqualTo(403);
        assertThat(api().get("/api/v1/market/admin/trades", TestTokens.admin(UUID.randomUUID())).status()).isEqualTo(200);
        Api.Response settled = api().post("/api/v1/market/admin/trades/" + trade + "/settlement",
                TestTokens.admin(UUID.randomUUID()), settlement);

        assertThat(settled.json().path("outcome").asString()).isEqualTo("SETTLED_FOR_BUYER");
        assertThat(listingStatus(listing)).isEqualTo("ON_SALE");
    }

    @Test
    void onlyThePartiesSeeATradeAndNobodyBuysTheirOwnListing() {
        String listing = offer(port, seller, 30_000);
        String trade = reserve(buyer, listing);

        assertThat(api().get("/api/v1/market/trades/" + trade, TestTokens.member(UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/market/trades/" + trade, TestTokens.member(seller)).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/market/trades/" + trade, TestTokens.admin(UUID.randomUUID())).status()).isEqualTo(200);

        String own = offer(port, seller, 10_000);
        Api.Response buyingOwn = post(seller, "{\"listingId\":\"" + own + "\"}", UUID.randomUUID().toString());
        assertThat(buyingOwn.status()).isEqualTo(409);
        assertThat(buyingOwn.code()).isEqualTo("own-listing");
        assertThat(post(buyer, "{\"listingId\":\"" + own + "\"}", null).status()).as("without Idempotency-Key").isEqualTo(400);
        assertThat(post(buyer, "{\"listingId\":\"" + UUID.randomUUID() + "\"}", UUID.randomUUID().toString()).status())
                .isEqualTo(404);
    }

    @Test
    void aReservationTheRulesForbidChangesNothingAndSaysWhy() {
        String admin = TestTokens.admin(UUID.randomUUID());
        String hidden = offer(port, seller, 10_000);
        assertThat(api().put("/api/v1/market/admin/listings/" + hidden + "/hiding", admin, "{\"reason\":\"fake\"}")
                .status()).isEqualTo(204);
        String withdrawn = offer(port, seller, 10_000);
        assertThat(api().post("/api/v1/market/listings/" + withdrawn + "/withdrawal", TestTokens.member(seller), null)
                .status()).isEqualTo(200);
        String reserved = offer(port, seller, 10_000);
        reserve(UUID.randomUUID(), reserved);
        String onSale = offer(port, seller, 10_000);
        UUID suspended = UUID.randomUUID();
        assertThat(api().put("/api/v1/market/admin/sellers/" + suspended + "/suspension", admin, "{\"reason\":\"fraud\"}")
                .status()).isEqualTo(204);

        assertRefused(buyer, hidden, 404, "listing-not-found");
        assertRefused(buyer, withdrawn, 409, "listing-not-on-sale");
        assertRefused(buyer, reserved, 409, "listing-not-on-sale");
        assertRefused(seller, onSale, 409, "own-listing");
        assertRefused(suspended, onSale, 403, "suspended-from-market");

        assertThat(jdbc.sql("select status from listing where id in (?, ?, ?, ?) order by status")
                .params(UUID.fromString(hidden), UUID.fromString(withdrawn), UUID.fromString(reserved), UUID.fromString(onSale))
                .query(String.class).list()).containsExactly("ON_SALE", "ON_SALE", "RESERVED", "WITHDRAWN");
        assertThat(jdbc.sql("select count(*) from trade where buyer_id in (?, ?, ?)").params(buyer, seller, suspended)
                .query(Long.class).single()).isZero();
        api().delete("/api/v1/market/admin/sellers/" + suspended + "/suspension", admin);
        assertThat(reserve(suspended, onSale)).isNotNull();
    }

    private void assertRefused(UUID who, String listing, int status, String code) {
        Api.Response refused = post(who, "{\"listingId\":\"" + listing + "\"}", UUID.randomUUID().toString());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(refused.code()).isEqualTo(code);
    }

    @Test
    void theEscrowHeldAnswersAreTakenByAConsumerPerPartition() {
        MessageListenerContainer container = listeners.getListenerContainers().stream()
                .filter(candidate -> List.of(candidate.getContainerProperties().getTopics()).contains("user.escrow-held"))
                .findFirst().orElseThrow();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                ((ConcurrentMessageListenerContainer<?, ?>) container).getContainers().stream()
                        .filter(consumer -> !consumer.getAssignedPartitions().isEmpty()).count())
                .as("consumers with a partition of user.escrow-held").isEqualTo(3));
    }

    private String heldTrade(String listing) {
        String trade = reserve(buyer, listing);
        WalletBroker.send(new EscrowHeld(UUID.randomUUID(), Instant.now(), UUID.fromString(trade), buyer, 30_000, 0));
        awaitStatus(trade, "HELD");
        return trade;
    }

    private void awaitStatus(String trade, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(trade(trade, buyer).path("status").asString()).isEqualTo(status));
    }

    private tools.jackson.databind.JsonNode trade(String trade, UUID party) {
        return api().get("/api/v1/market/trades/" + trade, TestTokens.member(party)).json();
    }

    private String listingStatus(String listing) {
        return api().get("/api/v1/market/my/listings/" + listing, TestTokens.member(seller)).json().path("status").asString();
    }

    private long published(String type, String trade) {
        return jdbc.sql("select count(*) from event_publication where event_type like ? and serialized_event like ?")
                .params("%" + type, "%" + trade + "%").query(Long.class).single();
    }

    private String reserve(UUID who, String listing) {
        Api.Response reserved = post(who, "{\"listingId\":\"" + listing + "\"}", UUID.randomUUID().toString());
        assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
        return reserved.json().path("id").asString();
    }

    private Api.Response post(UUID who, String body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/market/trades"))
                .header("Authorization", "Bearer " + TestTokens.member(who)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.headers(), response.body());
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private Api api() {
        return new Api(port);
    }

    /** Offers a racket for {@code price} points; answers the listing id. */
    static String offer(int port, UUID seller, long price) {
        Api.Response offered = new Api(port).post("/api/v1/market/listings", TestTokens.member(seller),
                dev.rallypoint.market.listing.ListingApiTests.VALID.replace("120000", Long.toString(price)));
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        return offered.json().path("id").asString();
    }
}
