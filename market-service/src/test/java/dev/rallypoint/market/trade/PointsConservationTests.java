package dev.rallypoint.market.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every way a trade can end, between market-service and the real wallet: points only move between the
 * buyer, the escrow and the seller. The SQL check of the whole ledger ({@link EscrowWorld#conservationViolations})
 * runs after each class of the escrow world.
 */
@EscrowSagaTest
class PointsConservationTests {

    @DynamicPropertySource
    static void escrowWorld(DynamicPropertyRegistry registry) {
        EscrowWorld.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final EscrowWorld world = EscrowWorld.get();

    final UUID seller = UUID.randomUUID();

    final UUID buyer = UUID.randomUUID();

    final UUID admin = UUID.randomUUID();

    @Test
    void everyEndOfATradeMovesPointsOnlyBetweenBuyerEscrowAndSeller() {
        world.fund(buyer, 5_000);

        String completed = held(1_000);
        step(completed, "hand-over", seller, null);
        step(completed, "confirmation", buyer, null);

        String cancelled = held(1_200);
        step(cancelled, "cancellation", buyer, null);

        String declined = held(800);
        step(declined, "decline", seller, null);

        String unaffordable = reserve(100_000);
        awaitStatus(unaffordable, "CANCELLED");

        String settledForSeller = held(500);
        step(settledForSeller, "hand-over", seller, null);
        step(settledForSeller, "dispute", buyer, "{\"reason\":\"strings were cut\"}");
        settle(settledForSeller, "SELLER");

        String settledForBuyer = held(700);
        step(settledForBuyer, "dispute", seller, "{\"reason\":\"buyer never came\"}");
        settle(settledForBuyer, "BUYER");

        String stillHeld = held(300);

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            assertThat(escrow(completed)).isEqualTo("RELEASED_TO_SELLER");
            assertThat(escrow(settledForSeller)).isEqualTo("RELEASED_TO_SELLER");
            assertThat(escrow(cancelled)).isEqualTo("RELEASED_TO_BUYER");
            assertThat(escrow(declined)).isEqualTo("RELEASED_TO_BUYER");
            assertThat(escrow(settledForBuyer)).isEqualTo("RELEASED_TO_BUYER");
            assertThat(escrow(unaffordable)).isEqualTo("DECLINED");
            assertThat(escrow(stillHeld)).isEqualTo("HELD");
        });
        assertThat(world.balance(buyer)).isEqualTo(5_000 - 1_000 - 500 - 300);
        assertThat(world.balance(seller)).isEqualTo(1_000 + 500);
        assertThat(world.wallet().sql("select amount from wallet_escrow where buyer_id = ? and status = 'HELD'").param(buyer)
                .query(Long.class).list()).containsExactly(300L);
        assertThat(world.conservationViolations()).isEmpty();
    }

    @AfterAll
    static void pointsAreConserved() {
        assertThat(EscrowWorld.get().conservationViolations()).isEmpty();
    }

    private String held(long price) {
        String trade = reserve(price);
        awaitStatus(trade, "HELD");
        return trade;
    }

    private String reserve(long price) {
        String listing = TradeFlowTests.offer(port, seller, price);
        Api.Response reserved = new Api(port).post("/api/v1/market/trades", TestTokens.member(buyer),
                "{\"listingId\":\"" + listing + "\"}", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
        return reserved.json().path("id").asString();
    }

    private void step(String trade, String step, UUID who, String body) {
        Api.Response answer = new Api(port).post("/api/v1/market/trades/" + trade + "/" + step, TestTokens.member(who), body);
        assertThat(answer.status()).as(step + ": " + answer).isEqualTo(200);
    }

    private void settle(String trade, String inFavourOf) {
        Api.Response answer = new Api(port).post("/api/v1/market/admin/trades/" + trade + "/settlement", TestTokens.admin(admin),
                "{\"inFavourOf\":\"" + inFavourOf + "\"}");
        assertThat(answer.status()).as("settlement: " + answer).isEqualTo(200);
    }

    private void awaitStatus(String trade, String status) {
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(jdbc.sql("select status from trade where id = ?::uuid")
                .param(trade).query(String.class).single()).isEqualTo(status));
    }

    private String escrow(String trade) {
        return world.wallet().sql("select status from wallet_escrow where trade_id = ?::uuid").param(trade).query(String.class)
                .optional().orElse("NONE");
    }
}
