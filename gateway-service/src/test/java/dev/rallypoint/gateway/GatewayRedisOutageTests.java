package dev.rallypoint.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.gateway.ProtectedGates.Protection;
import dev.rallypoint.test.PrivateRedis;
import dev.rallypoint.test.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Redis paused (SIGSTOP, as in the fault suite of docs/reliability.md) must not make the gateway's
 * callers wait: every call is answered within 2 s, by the service or with a 503 carrying
 * Retry-After, and the gateway uses Redis again once it is resumed. The Redis is the test's own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        // the gateway's own time-outs (application.yml), not the longer ones test-support gives other tests
        "spring.data.redis.timeout=500ms", "spring.data.redis.connect-timeout=500ms",
        "rallypoint.gateway.admission.gates-cache-time=200ms",
        "rallypoint.gateway.redis.open-for=1s" })
@AutoConfigureWebTestClient(timeout = "20s")
class GatewayRedisOutageTests {

    static final PrivateRedis redisServer = PrivateRedis.start();

    static final StubService courtService = new StubService();

    @Autowired
    WebTestClient client;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    ReactiveStringRedisTemplate reactiveRedis;

    @Autowired
    RedisBreaker breaker;

    @LocalServerPort
    int port;

    @Value("${rallypoint.gateway.admission.secret}")
    String secret;

    @Value("${rallypoint.redis.key-prefix}")
    String keyPrefix;

    final UUID member = UUID.randomUUID();

    final UUID dateId = UUID.randomUUID();

    @DynamicPropertySource
    static void privateRedisAndCourtService(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", redisServer::port);
        courtService.serveAs(registry, "court-service");
    }

    @AfterAll
    static void stopRedisAndCourtService() {
        redisServer.close();
        courtService.stop();
    }

    @Test
    void answersEveryCallWithinTwoSecondsWhileRedisIsPausedAndUsesRedisAgainAfterwards() throws Exception {
        redis.opsForSet().add(keyPrefix + "queue:protected-gates", "event-date-" + dateId);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(holdWithout().getStatus().value()).isEqualTo(403));
        assertThat(read().getStatus().value()).isEqualTo(200);
        String bucket = "request_rate_limiter.{" + keyPrefix + "rate:user:" + member + "}.tokens";
        assertThat(redis.hasKey(bucket)).isTrue();

        callsAtOnce(); // the same calls once before, so that none of them is a first one

        redisServer.pause();
        try {
            List<Future<Answer>> answers = callsAtOnce();
            for (Future<Answer> future : answers) {
                Answer answer = future.get();
                assertThat(answer.took()).as(answer.toString()).isLessThan(Duration.ofSeconds(2));
                assertThat(answer.status()).as(answer.toString()).isIn(200, 403, 503);
                if (answer.status() == 503) {
                    assertThat(answer.retryAfter()).as(answer.toString()).isNotNull();
                }
            }
            // the gate set known before the pause stays in force; the budgets are kept locally
            assertThat(answers.stream().map(this::status).filter(status -> status == 403).count()).isEqualTo(10);
            assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
            // a gateway that never read the gate set does not guess that a gate is open
            ProtectedGates cold = new ProtectedGates(reactiveRedis, keyPrefix + "queue:protected-gates", Duration.ofMillis(100),
                    new RedisBreaker(Duration.ofSeconds(1)));
            Instant asked = Instant.now();
            assertThat(cold.protectionOf("event-date-" + dateId).block(Duration.ofSeconds(5))).isEqualTo(Protection.UNKNOWN);
            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(2));
        }
        finally {
            redisServer.resume();
        }

        redis.delete(bucket);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(read().getStatus().value()).isEqualTo(200);
            assertThat(redis.hasKey(bucket)).isTrue();
            assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        });
    }

    /** Forty calls at once: reads signed in and anonymous, gated holds without and with admission token. */
    private List<Future<Answer>> callsAtOnce() {
        List<Future<Answer>> answers = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int round = 0; round < 10; round++) {
                answers.add(callers.submit(() -> timed(this::read)));
                answers.add(callers.submit(() -> timed(this::anonymousRead)));
                answers.add(callers.submit(() -> timed(this::holdWithout)));
                answers.add(callers.submit(() -> timed(this::holdWithAdmission)));
            }
        }
        return answers;
    }

    private int status(Future<Answer> answer) {
        try {
            return answer.get().status();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private EntityExchangeResult<byte[]> read() {
        return client.get().uri("/api/v1/reservations/mine").header("Authorization", "Bearer " + TestTokens.member(member))
                .exchange().expectBody().returnResult();
    }

    private EntityExchangeResult<byte[]> anonymousRead() {
        return client.get().uri("/api/v1/courts/42").exchange().expectBody().returnResult();
    }

    private EntityExchangeResult<byte[]> holdWithout() {
        return client.post().uri(URI.create("http://127.0.0.1:" + port + holdPath()))
                .header("Authorization", "Bearer " + TestTokens.member(member)).exchange().expectBody().returnResult();
    }

    private EntityExchangeResult<byte[]> holdWithAdmission() {
        return client.post().uri(URI.create("http://127.0.0.1:" + port + holdPath()))
                .header("Authorization", "Bearer " + TestTokens.member(member))
                .header("X-Admission-Token", GatewayAdmissionTests.admission(member, "event-date-" + dateId,
                        Instant.now().plusSeconds(300), secret))
                .exchange().expectBody().returnResult();
    }

    private String holdPath() {
        return "/api/v1/events/e-1/dates/" + dateId + "/seats/7/hold";
    }

    private static Answer timed(Supplier<EntityExchangeResult<byte[]>> call) {
        Instant start = Instant.now();
        EntityExchangeResult<byte[]> result = call.get();
        return new Answer(result.getUrl().getPath(), result.getStatus().value(),
                result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER), Duration.between(start, Instant.now()));
    }

    private record Answer(String path, int status, String retryAfter, Duration took) {
    }
}
