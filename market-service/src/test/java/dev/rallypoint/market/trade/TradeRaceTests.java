package dev.rallypoint.market.trade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.market.MarketServiceTest;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One listing, a hundred buyers at the same instant: exactly one trade, one escrow request, no 5xx. */
@MarketServiceTest
class TradeRaceTests {

    static final int BUYERS = 100;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHundredBuyersRacingForOneListingMakeOneTrade() throws Exception {
        String listing = TradeFlowTests.offer(port, UUID.randomUUID(), 25_000);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService buyers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < BUYERS; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/market/trades"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + TestTokens.member(UUID.randomUUID()))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"listingId\":\"" + listing + "\"}")).build();
                statuses.add(buyers.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            start.countDown();
        }
        Map<Integer, Long> counted = statuses.stream().map(TradeRaceTests::status)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(counted).as("statuses").containsOnlyKeys(201, 409);
        assertThat(counted.get(201)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from trade where listing_id = ?").param(UUID.fromString(listing))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%TradeRequested' and serialized_event like ?")
                .param("%" + listing + "%").query(Long.class).single()).as("escrow holds asked for").isEqualTo(1);
        assertThat(new Api(port).get("/api/v1/market/listings/" + listing, null).json().path("status").asString())
                .isEqualTo("RESERVED");
    }

    private static Integer status(Future<Integer> future) {
        try {
            return future.get();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
