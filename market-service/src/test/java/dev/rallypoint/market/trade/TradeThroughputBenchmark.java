package dev.rallypoint.market.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark: completed trades per second end to end, market-service and the real wallet (user-service,
 * its own process) over a real Kafka broker: the buyer reserves (HTTP), the wallet holds the escrow (Kafka
 * both ways), the seller hands over and the buyer confirms (HTTP), the wallet pays the seller (Kafka). A
 * trade counts when its escrow is released to the seller in the wallet's database. Target: 100 trades/s.
 *
 * <p>{@code ./mvnw -pl market-service verify -Dtest=TradeThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbenchmark=true} ({@code -Dtrades=1000} measured after {@code -Dwarmup=200}, {@code -Dclients=32} concurrent
 * callers); the figures land in {@code target/trade-benchmark.txt}.
 */
@EscrowSagaTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class TradeThroughputBenchmark {

    static final int TRADES = Integer.getInteger("trades", 1000);

    static final int WARMUP = Integer.getInteger("warmup", 200);

    static final int CLIENTS = Integer.getInteger("clients", 32);

    static final int SELLERS = 50;

    @DynamicPropertySource
    static void escrowWorld(DynamicPropertyRegistry registry) {
        EscrowWorld.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final EscrowWorld world = EscrowWorld.get();

    final Map<UUID, String> tokens = new ConcurrentHashMap<>();

    @Test
    void completedTradesPerSecond() throws Exception {
        List<UUID> sellers = new ArrayList<>();
        for (int i = 0; i < SELLERS; i++) {
            sellers.add(UUID.randomUUID());
        }
        Round warmup = round(WARMUP, sellers);
        String loadBefore = loadAverage();
        Round measured = round(TRADES, sellers);

        String line = ("%s trades=%d clients=%d elapsed=%.2fs tradesPerSecond=%.1f reserveP50=%dms heldP50=%dms"
                + " (warm-up %d trades: %.1f/s) loadavg before [%s] after [%s] on %d cores")
                .formatted(Instant.now(), TRADES, CLIENTS, measured.seconds(), measured.perSecond(), measured.reserveMedianMillis,
                        measured.heldMedianMillis, WARMUP, warmup.perSecond(), loadBefore, loadAverage(),
                        Runtime.getRuntime().availableProcessors());
        System.out.println("TRADE BENCHMARK " + line);
        Files.writeString(Path.of("target", "trade-benchmark.txt"), line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        assertThat(world.conservationViolations()).isEmpty();
        assertThat(measured.perSecond()).as(line).isGreaterThanOrEqualTo(Double.parseDouble(System.getProperty("minTradesPerSecond", "100")));
    }

    /** Runs {@code count} trades from reservation to the seller's payment; answers how long they took. */
    private Round round(int count, List<UUID> sellers) throws Exception {
        List<TradeOutageTests.Deal> deals = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            List<Future<TradeOutageTests.Deal>> offers = new ArrayList<>();
            List<UUID> buyers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                buyers.add(UUID.randomUUID());
            }
            world.fund(buyers, 1_000_000);
            for (int i = 0; i < count; i++) {
                UUID seller = sellers.get(i % sellers.size());
                UUID buyer = buyers.get(i);
                long price = 1_000 + i;
                offers.add(threads.submit(() -> new TradeOutageTests.Deal(seller, buyer, price, TradeFlowTests.offer(port, seller, price))));
            }
            for (Future<TradeOutageTests.Deal> offer : offers) {
                deals.add(offer.get());
            }
        }
        long releasedBefore = released();
        Map<UUID, TradeOutageTests.Deal> byTrade = new ConcurrentHashMap<>();
        Set<UUID> dispatched = ConcurrentHashMap.newKeySet();
        List<Long> reserveMillis = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<UUID, Long> reservedAt = new ConcurrentHashMap<>();
        List<Long> heldMillis = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        // buyers reserving and parties stepping on, each CLIENTS at a time: the steps never wait behind reservations
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                ExecutorService parties = Executors.newFixedThreadPool(CLIENTS);
                ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor()) {
            poller.scheduleWithFixedDelay(() -> {
                for (UUID trade : jdbc.sql("select id from trade where status = 'HELD'").query(UUID.class).list()) {
                    TradeOutageTests.Deal deal = byTrade.get(trade);
                    if (deal != null && dispatched.add(trade)) {
                        Long at = reservedAt.get(trade);
                        if (at != null) {
                            heldMillis.add((System.nanoTime() - at) / 1_000_000);
                        }
                        parties.submit(() -> {
                            try {
                                Api.Response handedOver = post(deal, "hand-over", deal.seller);
                                Api.Response confirmed = handedOver.status() == 200 ? post(deal, "confirmation", deal.buyer) : null;
                                if (confirmed == null || confirmed.status() != 200) {
                                    failures.add(trade + ": hand-over " + handedOver + ", confirmation " + confirmed);
                                }
                            }
                            catch (RuntimeException ex) {
                                failures.add(trade + ": " + ex);
                            }
                        });
                    }
                }
            }, 20, 20, TimeUnit.MILLISECONDS);
            for (TradeOutageTests.Deal deal : deals) {
                clients.submit(() -> {
                    long before = System.nanoTime();
                    Api.Response reserved;
                    try {
                        reserved = new Api(port).post("/api/v1/market/trades", token(deal.buyer),
                                "{\"listingId\":\"" + deal.listing + "\"}", "Idempotency-Key", UUID.randomUUID().toString());
                    }
                    catch (RuntimeException ex) {
                        failures.add("reservation of " + deal.listing + ": " + ex);
                        return;
                    }
                    if (reserved.status() != 201) {
                        failures.add("reservation of " + deal.listing + ": " + reserved);
                        return;
                    }
                    reserveMillis.add((System.nanoTime() - before) / 1_000_000);
                    deal.trade = UUID.fromString(reserved.json().path("id").asString());
                    reservedAt.put(deal.trade, before);
                    byTrade.put(deal.trade, deal);
                });
            }
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !failures.isEmpty() || released() - releasedBefore >= count);
            long nanos = System.nanoTime() - start;
            poller.shutdownNow();
            assertThat(failures).as("failed calls").isEmpty();
            return new Round(count, nanos, median(reserveMillis), median(heldMillis));
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        }
        catch (IOException ex) {
            return "unknown";
        }
    }

    private long released() {
        return world.wallet().sql("select count(*) from wallet_escrow where status = 'RELEASED_TO_SELLER'").query(Long.class)
                .single();
    }

    private Api.Response post(TradeOutageTests.Deal deal, String step, UUID who) {
        return new Api(port).post("/api/v1/market/trades/" + deal.trade + "/" + step, token(who), null);
    }

    private String token(UUID user) {
        return tokens.computeIfAbsent(user, TestTokens::member);
    }

    private static long median(List<Long> values) {
        synchronized (values) {
            return values.isEmpty() ? -1 : values.stream().sorted().toList().get(values.size() / 2);
        }
    }

    record Round(int trades, long nanos, long reserveMedianMillis, long heldMedianMillis) {

        double seconds() {
            return nanos / 1e9;
        }

        double perSecond() {
            return trades / seconds();
        }
    }
}
