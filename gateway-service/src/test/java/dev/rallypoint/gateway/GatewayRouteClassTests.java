package dev.rallypoint.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.test.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Each service's reads and writes have breakers of their own, which count only failures (no answer,
 * no answer in time, 500/502/504), not answers like a lost race's 409; and a Server-Sent Events
 * stream is neither cut by the time limits nor buffered.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "rallypoint.gateway.rate-limits.enabled=false")
@AutoConfigureWebTestClient(timeout = "30s")
class GatewayRouteClassTests {

    static final StubService services = new StubService();

    @Autowired
    WebTestClient client;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    final String member = "Bearer " + TestTokens.member(UUID.randomUUID());

    @DynamicPropertySource
    static void serviceInstances(DynamicPropertyRegistry registry) {
        services.serveAs(registry, "court-service", "notification-service");
    }

    @AfterEach
    void closeBreakers() {
        breakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @AfterAll
    static void stopServices() {
        services.stop();
    }

    @Test
    void aBurstOfConflictsIsPassedOnAndCountsAsAnswersNotFailures() throws Exception {
        List<HttpStatusCode> statuses = burst(40, "/api/v1/events/e-1/dates/d-1/seats/7/conflict");

        // every 409 is passed on and counted as a success; on a loaded machine some calls may still miss
        // the time limit, and only those count as failures
        long conflicts = statuses.stream().filter(HttpStatus.CONFLICT::equals).count();
        assertThat(conflicts).isPositive();
        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(HttpStatus.CONFLICT, HttpStatus.SERVICE_UNAVAILABLE));
        CircuitBreaker.Metrics writes = breakers.getCircuitBreakerRegistry().circuitBreaker("court-service-write").getMetrics();
        assertThat((long) writes.getNumberOfSuccessfulCalls()).isEqualTo(conflicts);
        assertThat((long) writes.getNumberOfFailedCalls()).isLessThanOrEqualTo(statuses.size() - conflicts);
        client.get().uri("/api/v1/courts/42").exchange().expectStatus().isOk();
    }

    @Test
    void aFailingWriteRouteLeavesTheSameServicesReadsServed() throws Exception {
        List<HttpStatusCode> statuses = burst(40, "/api/v1/reservations/r-1/fail");

        assertThat(statuses).contains(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(state("court-service-write")).isEqualTo(CircuitBreaker.State.OPEN);
        client.post().uri("/api/v1/reservations").header("Authorization", member).exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody().jsonPath("$.code").isEqualTo("service-unavailable");
        client.get().uri("/api/v1/courts/42").exchange().expectStatus().isOk();
        assertThat(state("court-service-read")).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aHungWriteRouteLeavesTheSameServicesReadsServed() throws Exception {
        List<HttpStatusCode> statuses = burst(25, "/api/v1/events/e-1/dates/d-1/seats/7/slow");

        assertThat(statuses).containsOnly(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(state("court-service-write")).isEqualTo(CircuitBreaker.State.OPEN);
        client.get().uri("/api/v1/courts/42").exchange().expectStatus().isOk();
    }

    @Test
    void aServerErrorReachesTheCallerAsAProblemWithItsStatus() {
        client.post().uri("/api/v1/reservations/r-2/fail").header("Authorization", member).exchange()
                .expectStatus().isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("internal-error");
    }

    @Test
    void streamsServerSentEventsPastTheResponseTimeLimits() {
        Instant start = Instant.now();

        List<ServerSentEvent<String>> events = client.get().uri("/api/v1/notifications/stream")
                .header("Authorization", member)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                })
                .getResponseBody()
                .take(3)
                .collectList()
                .block(Duration.ofSeconds(20));

        assertThat(events).extracting(ServerSentEvent::id).containsExactly("1", "2", "3");
        assertThat(events).extracting(ServerSentEvent::data).containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
        // open well beyond the 1.5 s response time-out
        assertThat(Duration.between(start, Instant.now())).isGreaterThan(StubService.STREAM_GAP.multipliedBy(2));
    }

    private List<HttpStatusCode> burst(int calls, String path) throws Exception {
        List<Future<HttpStatusCode>> answers = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int call = 0; call < calls; call++) {
                answers.add(callers.submit(() -> client.post().uri(path).header("Authorization", member).exchange()
                        .returnResult(String.class).getStatus()));
            }
        }
        List<HttpStatusCode> statuses = new ArrayList<>();
        for (Future<HttpStatusCode> answer : answers) {
            statuses.add(answer.get());
        }
        return statuses;
    }

    private CircuitBreaker.State state(String breaker) {
        return breakers.getCircuitBreakerRegistry().circuitBreaker(breaker).getState();
    }
}
