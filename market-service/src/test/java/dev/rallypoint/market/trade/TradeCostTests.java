package dev.rallypoint.market.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rallypoint.common.event.user.EscrowHeld;
import dev.rallypoint.market.MarketServiceTest;
import dev.rallypoint.test.Traffic;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the steps of one trade cost market-service, counted: every SQL statement, commit and Redis round trip
 * it makes for a reservation and a confirmation through its real HTTP API (the idempotency key and the
 * outbox's follow-up work included), and for the wallet's "escrow held" answer taken from Kafka, so that
 * the trade path cannot grow again unnoticed. Background work on its own threads (the outbox's periodic
 * resubmission, the auto-confirmation sweep) and this test's own queries are not part of a step. One
 * count is one round trip: a statement, a commit, a Redis command or pipeline.
 */
@MarketServiceTest
class TradeCostTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTradesStepsMakeAFixedNumberOfDatabaseAndRedisRoundTrips() {
        UUID seller = UUID.randomUUID();
        UUID buyer = UUID.randomUUID();
        completeOneTrade(seller, buyer);
        String listing = TradeFlowTests.offer(port, seller, 20_000);
        awaitOutboxDrained();

        Traffic.start();
        Api.Response reserved = api().post("/api/v1/market/trades", TestTokens.member(buyer),
                "{\"listingId\":\"" + listing + "\"}", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
        awaitOutboxDrained();
        List<Traffic.Call> reserve = Traffic.stop(TradeCostTests::partOfARequest);
        String trade = reserved.json().path("id").asString();

        Traffic.start();
        WalletBroker.send(new EscrowHeld(UUID.randomUUID(), Instant.now(), UUID.fromString(trade), buyer, 20_000, 0));
        awaitStatus(trade, "HELD");
        List<Traffic.Call> held = Traffic.stop(TradeCostTests::partOfTheListener);

        assertThat(step(trade, "hand-over", seller).status()).isEqualTo(200);
        awaitOutboxDrained();

        Traffic.start();
        Api.Response confirmed = step(trade, "confirmation", buyer);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        awaitOutboxDrained();
        List<Traffic.Call> confirm = Traffic.stop(TradeCostTests::partOfARequest);

        System.out.println("RESERVE COST " + summary(reserve) + lines(reserve));
        System.out.println("ESCROW HELD COST " + summary(held) + lines(held));
        System.out.println("CONFIRM COST " + summary(confirm) + lines(confirm));
        assertThat(summary(reserve)).as("reserve: %s", lines(reserve))
                .isEqualTo(Map.of("sql", 7L, "commit", 3L, "redis", 3L));
        assertThat(summary(held)).as("escrow held: %s", lines(held)).isEqualTo(Map.of("sql", 3L, "commit", 1L));
        assertThat(summary(confirm)).as("confirm: %s", lines(confirm)).isEqualTo(Map.of("sql", 6L, "commit", 3L));
    }

    /** One trade from reservation to confirmation, so that every statement of the path ran once before counting. */
    private void completeOneTrade(UUID seller, UUID buyer) {
        String listing = TradeFlowTests.offer(port, seller, 10_000);
        Api.Response reserved = api().post("/api/v1/market/trades", TestTokens.member(buyer),
                "{\"listingId\":\"" + listing + "\"}", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
        String trade = reserved.json().path("id").asString();
        WalletBroker.send(new EscrowHeld(UUID.randomUUID(), Instant.now(), UUID.fromString(trade), buyer, 10_000, 0));
        awaitStatus(trade, "HELD");
        assertThat(step(trade, "hand-over", seller).status()).isEqualTo(200);
        assertThat(step(trade, "confirmation", buyer).status()).isEqualTo(200);
    }

    private Api.Response step(String trade, String step, UUID party) {
        return api().post("/api/v1/market/trades/" + trade + "/" + step, TestTokens.member(party), null);
    }

    private void awaitStatus(String trade, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(
                jdbc.sql("select status from trade where id = ?").param(UUID.fromString(trade)).query(String.class).single()));
    }

    /** Waits until every publication of the outbox has been sent and marked complete. */
    private void awaitOutboxDrained() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select count(*) from event_publication
                where completion_date is null and publication_date > now() - interval '1 minute'""")
                .query(Long.class).single() == 0);
    }

    /**
     * The request's thread, the outbox's externalization (an executor's {@code task-} thread, then the Kafka
     * producer's thread that marks it complete) and Redisson's connections (but for their keep-alive pings);
     * not the periodic jobs (each on a thread named after it) nor this test's polling.
     */
    private static boolean partOfARequest(Traffic.Call call) {
        return Stream.of("tomcat-handler-", "task-", "kafka-producer-network-thread", "redisson-netty-")
                .anyMatch(call.thread()::startsWith) && !call.text().equals("PING");
    }

    /** The Kafka consumers' platform threads ({@code kafka-1}, {@code kafka-2}, ...), nothing else. */
    private static boolean partOfTheListener(Traffic.Call call) {
        return call.thread().matches("kafka-\\d+");
    }

    private Api api() {
        return new Api(port);
    }

    private static Map<String, Long> summary(List<Traffic.Call> calls) {
        return calls.stream().collect(Collectors.groupingBy(Traffic.Call::kind, Collectors.counting()));
    }

    private static String lines(List<Traffic.Call> calls) {
        return calls.stream().map(Traffic.Call::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
