package dev.rallypoint.market.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Kafka goes down in the middle of 50 trades between market-service and the real wallet (user-service):
 * every trade still reaches its end once the broker is back, and the ledger is exact: one hold per trade,
 * one release, nobody debited twice, points conserved.
 */
@EscrowSagaTest
class TradeOutageTests {

    static final int TRADES = 50;

    static final long FUNDS = 100_000;

    @DynamicPropertySource
    static void escrowWorld(DynamicPropertyRegistry registry) {
        EscrowWorld.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final EscrowWorld world = EscrowWorld.get();

    @Test
    void tradesInFlightWhileKafkaIsDownAllFinishWhenItReturnsAndNobodyIsDebitedTwice() throws Exception {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < TRADES; i++) {
            UUID seller = UUID.randomUUID();
            UUID buyer = UUID.randomUUID();
            world.fund(buyer, FUNDS);
            long price = 1_000 + 37L * i;
            deals.add(new Deal(seller, buyer, price, TradeFlowTests.offer(port, seller, price)));
        }

        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            reserve(threads, deals.subList(0, TRADES / 2));
            world.stopKafka();
            try {
                reserve(threads, deals.subList(TRADES / 2, TRADES));
                assertThat(incompletePublications()).as("trade requests waiting in the outbox while Kafka is down")
                        .isGreaterThanOrEqualTo(TRADES / 2);
                // during the outage: parties of trades already held go on, others change their minds
                for (Deal deal : deals) {
                    String status = status(deal);
                    int index = deals.indexOf(deal);
                    if (status.equals("HELD") && index % 3 == 0) {
                        step(deal, "cancellation", deal.buyer);
                    }
                    else if (status.equals("HELD")) {
                        step(deal, "hand-over", deal.seller);
                        step(deal, "confirmation", deal.buyer);
                    }
                    else if (status.equals("REQUESTED") && index % 5 == 0) {
                        step(deal, "cancellation", deal.buyer);
                    }
                }
            }
            finally {
                world.startKafka();
            }
        }

        // after the outage: the held trades are handed over and confirmed, until every trade has ended
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (Deal deal : deals) {
                String status = status(deal);
                if (status.equals("HELD")) {
                    step(deal, "hand-over", deal.seller);
                }
                if (status.equals("HELD") || status.equals("HANDED_OVER")) {
                    step(deal, "confirmation", deal.buyer);
                }
            }
            assertThat(deals).allSatisfy(deal -> assertThat(status(deal)).isIn("COMPLETED", "CANCELLED"));
        });
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            assertThat(incompletePublications()).isZero();
            for (Deal deal : deals) {
                String escrow = escrowStatus(deal);
                if (status(deal).equals("COMPLETED")) {
                    assertThat(escrow).as("escrow of completed trade " + deal.trade).isEqualTo("RELEASED_TO_SELLER");
                }
                else {
                    assertThat(escrow).as("escrow of cancelled trade " + deal.trade).isIn("RELEASED_TO_BUYER", "CANCELLED",
                            "DECLINED");
                }
            }
        });

        Map<String, Integer> outcomes = new HashMap<>();
        for (Deal deal : deals) {
            boolean completed = status(deal).equals("COMPLETED");
            outcomes.merge(status(deal), 1, Integer::sum);
            assertThat(world.balance(deal.buyer)).as("buyer of " + deal.trade)
                    .isEqualTo(completed ? FUNDS - deal.price : FUNDS);
            assertThat(world.balance(deal.seller)).as("seller of " + deal.trade).isEqualTo(completed ? deal.price : 0);
            assertThat(entries(deal, "HOLD")).as("holds of " + deal.trade).isEqualTo(completed ? 1 : entries(deal, "RELEASE"));
            assertThat(entries(deal, "RELEASE")).as("releases of " + deal.trade).isLessThanOrEqualTo(1);
            assertThat(listingStatus(deal)).isEqualTo(completed ? "SOLD" : "ON_SALE");
        }
        assertThat(outcomes).as("outcomes").containsOnlyKeys("COMPLETED", "CANCELLED");
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(TRADES);
        assertThat(world.conservationViolations()).isEmpty();
    }

    @AfterAll
    static void pointsAreConserved() {
        assertThat(EscrowWorld.get().conservationViolations()).isEmpty();
    }

    private void reserve(ExecutorService threads, List<Deal> deals) throws Exception {
        List<Future<Api.Response>> calls = new ArrayList<>();
        for (Deal deal : deals) {
            calls.add(threads.submit(() -> new Api(port).post("/api/v1/market/trades", TestTokens.member(deal.buyer),
                    "{\"listingId\":\"" + deal.listing + "\"}", "Idempotency-Key", UUID.randomUUID().toString())));
        }
        for (int i = 0; i < deals.size(); i++) {
            Api.Response reserved = calls.get(i).get();
            assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
            deals.get(i).trade = UUID.fromString(reserved.json().path("id").asString());
        }
    }

    private void step(Deal deal, String step, UUID who) {
        Api.Response answer = new Api(port).post("/api/v1/market/trades/" + deal.trade + "/" + step, TestTokens.member(who),
                null);
        assertThat(answer.status()).as(step + " of " + deal.trade + ": " + answer).isEqualTo(200);
    }

    private String status(Deal deal) {
        return jdbc.sql("select status from trade where id = ?").param(deal.trade).query(String.class).single();
    }

    private String listingStatus(Deal deal) {
        return jdbc.sql("select status from listing where id = ?::uuid").param(deal.listing).query(String.class).single();
    }

    private long incompletePublications() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
    }

    private String escrowStatus(Deal deal) {
        return world.wallet().sql("select status from wallet_escrow where trade_id = ?").param(deal.trade).query(String.class)
                .optional().orElse("NONE");
    }

    private long entries(Deal deal, String type) {
        return world.wallet().sql("select count(*) from ledger_entry where operation_id = ? and type = ?")
                .params(deal.trade, type).query(Long.class).single();
    }

    static final class Deal {

        final UUID seller;

        final UUID buyer;

        final long price;

        final String listing;

        volatile UUID trade;

        Deal(UUID seller, UUID buyer, long price, String listing) {
            this.seller = seller;
            this.buyer = buyer;
            this.price = price;
            this.listing = listing;
        }
    }
}
