package dev.rallypoint.support.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Idempotency-Key protocol over real HTTP and a real PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "rallypoint.idempotency.enabled=true" })
class IdempotencyTests {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    Charges charges;

    @Autowired
    JdbcClient jdbc;

    final String alice = TestTokens.member(UUID.randomUUID());

    @Test
    void runsOnceAndReplaysTheFirstResponseToTheSameKeyAndBody() throws Exception {
        String account = UUID.randomUUID().toString();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            responses.add(charge(alice, account, "key-1", "{\"points\": 500}"));
        }

        assertThat(charges.executions(account)).isEqualTo(1);
        HttpResponse<String> first = responses.getFirst();
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(responses).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.body()).isEqualTo(first.body());
            assertThat(response.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
            assertThat(response.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        });
        assertThat(responses.subList(1, 10)).allSatisfy(response ->
                assertThat(response.headers().firstValue("Idempotent-Replayed")).hasValue("true"));
    }

    @Test
    void refusesTheSameKeyForADifferentRequest() throws Exception {
        String account = UUID.randomUUID().toString();
        charge(alice, account, "key-2", "{\"points\": 500}");

        HttpResponse<String> other = charge(alice, account, "key-2", "{\"points\": 9000}");

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("\"code\":\"idempotency-key-reused\"");
        assertThat(charges.executions(account)).isEqualTo(1);
    }

    @Test
    void requiresAKey() throws Exception {
        String account = UUID.randomUUID().toString();

        HttpResponse<String> response = charge(alice, account, null, "{\"points\": 500}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"idempotency-key-missing\"");
        assertThat(charges.executions(account)).isZero();
    }

    @Test
    void runsExactlyOnceUnderTwentyConcurrentRequestsWithOneKey() throws Exception {
        String account = UUID.randomUUID().toString();
        charges.slowDown(account);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 20; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return charge(alice, account, "key-3", "{\"points\": 500}");
                }));
            }
            start.countDown();
        }

        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        for (Future<HttpResponse<String>> call : calls) {
            statuses.merge(call.get().statusCode(), 1, Integer::sum);
        }
        assertThat(charges.executions(account)).isEqualTo(1);
        assertThat(statuses.keySet()).isSubsetOf(201, 409);
        assertThat(statuses.get(201)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void keepsTheKeysOfDifferentCallersApart() throws Exception {
        String account = UUID.randomUUID().toString();
        String bob = TestTokens.member(UUID.randomUUID());

        charge(alice, account, "shared-key", "{\"points\": 500}");
        charge(bob, account, "shared-key", "{\"points\": 500}");

        assertThat(charges.executions(account)).isEqualTo(2);
    }

    @Test
    void releasesTheKeyAfterAServerErrorSoARetryRuns() throws Exception {
        String account = UUID.randomUUID().toString();
        charges.failOnce(account);

        assertThat(charge(alice, account, "key-4", "{\"points\": 500}").statusCode()).isEqualTo(500);
        assertThat(charge(alice, account, "key-4", "{\"points\": 500}").statusCode()).isEqualTo(201);

        assertThat(charges.executions(account)).isEqualTo(1);
    }

    @Test
    void remembersKeysForAtLeastADay() throws Exception {
        charge(alice, UUID.randomUUID().toString(), "key-5", "{\"points\": 1}");

        long keptSeconds = jdbc.sql("""
                SELECT EXTRACT(EPOCH FROM expires_at - created_at)::bigint FROM idempotency_key WHERE idempotency_key = 'key-5'""")
                .query(Long.class).single();
        assertThat(Duration.ofSeconds(keptSeconds)).isGreaterThanOrEqualTo(Duration.ofHours(24));
    }

    private HttpResponse<String> charge(String token, String account, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/accounts/" + account + "/charges"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SpringBootApplication
    @Import(Charges.class)
    static class TestApplication {
    }

    record Charge(int points) {
    }

    record Receipt(UUID id, int points) {
    }

    @RestController
    static class Charges {

        private final Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();

        private final Map<String, Boolean> slow = new ConcurrentHashMap<>();

        private final Map<String, Boolean> failing = new ConcurrentHashMap<>();

        @Idempotent
        @PostMapping("/accounts/{account}/charges")
        ResponseEntity<Receipt> charge(@PathVariable String account, @RequestBody Charge charge) throws InterruptedException {
            if (failing.remove(account) != null) {
                throw new IllegalStateException("downstream failure");
            }
            executions.computeIfAbsent(account, ignored -> new AtomicInteger()).incrementAndGet();
            if (slow.containsKey(account)) {
                Thread.sleep(500);
            }
            Receipt receipt = new Receipt(UUID.randomUUID(), charge.points());
            return ResponseEntity.created(URI.create("/accounts/" + account + "/charges/" + receipt.id())).body(receipt);
        }

        int executions(String account) {
            AtomicInteger count = executions.get(account);
            return count == null ? 0 : count.get();
        }

        void slowDown(String account) {
            slow.put(account, true);
        }

        void failOnce(String account) {
            failing.put(account, true);
        }
    }
}
