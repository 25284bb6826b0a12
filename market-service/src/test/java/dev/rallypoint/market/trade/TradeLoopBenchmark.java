package dev.rallypoint.market.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.management.OperatingSystemMXBean;
import dev.rallypoint.common.event.user.EscrowHeld;
import dev.rallypoint.market.MarketServiceTest;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestKafka;
import dev.rallypoint.test.TestTokens;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * market-service's own share of a trade, measured on the shared test context: many listings, each reserved
 * (HTTP), held (the wallet's {@code EscrowHeld} answer, played on the embedded broker), handed over and
 * confirmed (HTTP), by a few clients in a plain loop; printed, not asserted. The wallet is not in it (see
 * {@link TradeThroughputBenchmark} for the saga end to end). The CPU of this JVM (the service, but also the
 * embedded broker and the test's clients) and of the PostgreSQL backends of its database is divided by the
 * trades. A measurement, so it runs only when asked for:
 * {@code ./mvnw -pl market-service verify -Dtest=TradeLoopBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbenchmark.trades=1000}, {@code -Dbenchmark.clients=8}).
 */
@MarketServiceTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class TradeLoopBenchmark {

    static final int TRADES = Integer.getInteger("benchmark.trades", 1000);

    static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    record Deal(UUID seller, String sellerToken, UUID buyer, String buyerToken, String listing) {
    }

    @Test
    void tradesPerSecondOfMarketServiceAlone() throws Exception {
        run(deals(TRADES / 5), "WARM-UP");
        List<Deal> deals = deals(TRADES);
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        Map<Integer, Long> databaseBefore = backendCpu();
        long serviceBefore = processCpuNanos();
        String phases = run(deals, "MEASURED");
        long serviceNanos = processCpuNanos() - serviceBefore;
        Map<Integer, Long> databaseAfter = backendCpu();
        long databaseTicks = databaseAfter.entrySet().stream()
                .mapToLong(entry -> entry.getValue() - databaseBefore.getOrDefault(entry.getKey(), 0L)).sum();
        System.out.printf("TRADE LOOP %s; CPU ms per trade: this JVM %.2f, PostgreSQL %.2f; loadavg before [%s] after [%s]"
                + " on %d cores%n", phases, serviceNanos / 1e6 / TRADES, databaseTicks * 10.0 / TRADES, loadBefore,
                Files.readString(Path.of("/proc/loadavg")).strip(), Runtime.getRuntime().availableProcessors());
    }

    /** Reserves, holds, hands over and confirms every deal; answers the phases' rates. */
    private String run(List<Deal> deals, String label) throws Exception {
        long start = System.nanoTime();
        List<String> trades = inParallel(deals, deal -> {
            Api.Response reserved = new Api(port).post("/api/v1/market/trades", deal.buyerToken(),
                    "{\"listingId\":\"" + deal.listing() + "\"}", "Idempotency-Key", UUID.randomUUID().toString());
            assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
            return reserved.json().path("id").asString();
        });
        long reservedAt = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()), new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < trades.size(); i++) {
                EscrowHeld held = new EscrowHeld(UUID.randomUUID(), Instant.now(), UUID.fromString(trades.get(i)),
                        deals.get(i).buyer(), 1_000, 0);
                producer.send(new ProducerRecord<>("user.escrow-held", trades.get(i), JSON.writeValueAsString(held)));
            }
        }
        List<UUID> ids = trades.stream().map(UUID::fromString).toList();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc
                .sql("select count(*) from trade where id in (:ids) and status = 'HELD'")
                .param("ids", ids).query(Long.class).single() == ids.size());
        long heldAt = System.nanoTime();
        List<Integer> indexes = IntStream.range(0, deals.size()).boxed().toList();
        inParallel(indexes, i -> {
            Api api = new Api(port);
            Api.Response handedOver = api.post("/api/v1/market/trades/" + trades.get(i) + "/hand-over",
                    deals.get(i).sellerToken(), null);
            assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
            Api.Response confirmed = api.post("/api/v1/market/trades/" + trades.get(i) + "/confirmation",
                    deals.get(i).buyerToken(), null);
            assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
            return confirmed.status();
        });
        long end = System.nanoTime();
        String phases = ("%s %d trades, %d clients: %.1f trades/s (reservations %.1f/s, escrow-held answers %.1f/s,"
                + " hand-over + confirmation %.1f/s)").formatted(label, deals.size(), CLIENTS,
                        deals.size() / seconds(start, end), deals.size() / seconds(start, reservedAt),
                        deals.size() / seconds(reservedAt, heldAt), deals.size() / seconds(heldAt, end));
        System.out.println(phases);
        return phases;
    }

    /** Offers one listing per deal, each seller's own, each bought by a new buyer. */
    private List<Deal> deals(int count) throws Exception {
        List<Integer> indexes = IntStream.range(0, count).boxed().toList();
        return inParallel(indexes, i -> {
            UUID seller = UUID.randomUUID();
            UUID buyer = UUID.randomUUID();
            return new Deal(seller, TestTokens.member(seller), buyer, TestTokens.member(buyer),
                    TradeFlowTests.offer(port, seller, 1_000));
        });
    }

    private static <T, R> List<R> inParallel(List<T> items, Function<T, R> work) throws Exception {
        List<Future<R>> futures = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (T item : items) {
                futures.add(clients.submit(() -> work.apply(item)));
            }
        }
        List<R> results = new ArrayList<>();
        for (Future<R> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** utime + stime, in clock ticks (1/100 s), of every backend serving this test's database. */
    private Map<Integer, Long> backendCpu() throws IOException {
        Map<Integer, Long> ticks = new HashMap<>();
        for (Integer pid : jdbc.sql("select pid from pg_stat_activity where datname = current_database()")
                .query(Integer.class).list()) {
            Path stat = Path.of("/proc", pid.toString(), "stat");
            if (Files.exists(stat)) {
                String[] fields = Files.readString(stat).replaceFirst("^.*\\) ", "").split(" ");
                ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            }
        }
        return ticks;
    }
}
