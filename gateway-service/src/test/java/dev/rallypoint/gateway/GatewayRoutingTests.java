package dev.rallypoint.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "rallypoint.gateway.rate-limits.enabled=false")
@AutoConfigureWebTestClient(timeout = "20s")
class GatewayRoutingTests {

    static final StubService courtService = new StubService();

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @DynamicPropertySource
    static void courtServiceInstance(DynamicPropertyRegistry registry) {
        courtService.serveAs(registry, "court-service");
    }

    @AfterEach
    void courtServiceIsBack() {
        courtService.start();
        breakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(breaker -> breaker.reset());
    }

    @AfterAll
    static void stopCourtService() {
        courtService.stop();
    }

    @Test
    void answersAnUnknownPathWithA404Problem() {
        client.get().uri("/api/v1/no-such-area/x").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("not-found")
                .jsonPath("$.instance").isEqualTo("/api/v1/no-such-area/x");
    }

    @Test
    void routesToTheOwningServiceAndPropagatesTheRequestId() {
        client.get().uri("/api/v1/courts/42").header("X-Request-Id", "req-1").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "req-1")
                .expectBody().jsonPath("$.path").isEqualTo("/api/v1/courts/42");

        assertThat(courtService.lastHeader("X-Request-Id")).isEqualTo("req-1");
    }

    @Test
    void createsARequestIdWhenTheCallerSentNoneOrAMalformedOne() {
        client.get().uri("/api/v1/courts/42").header("X-Request-Id", "bad id with spaces").exchange()
                .expectStatus().isOk()
                .expectHeader().value("X-Request-Id", id -> assertThat(id).matches("[0-9a-f-]{36}"));

        assertThat(courtService.lastHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void answersAStoppedServiceWithA503ProblemWithinTwoSeconds() {
        courtService.stop();

        for (int call = 0; call < 10; call++) {
            Instant start = Instant.now();
            client.get().uri("/api/v1/courts/42").exchange()
                    .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5")
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("service-unavailable")
                    .jsonPath("$.service").isEqualTo("court-service")
                    .jsonPath("$.instance").isEqualTo("/api/v1/courts/42");
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void answersAHungServiceWithA503ProblemWithinTwoSeconds() {
        Instant start = Instant.now();

        client.get().uri("/api/v1/courts/slow").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody().jsonPath("$.code").isEqualTo("service-unavailable");

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void passesABurstOfConcurrentCallsThroughWithoutTurningAnyAway() throws Exception {
        List<Future<HttpStatusCode>> calls = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int call = 0; call < 100; call++) {
                calls.add(callers.submit(() -> client.get().uri("/api/v1/courts/busy").exchange()
                        .returnResult(String.class).getStatus()));
            }
        }

        List<HttpStatusCode> statuses = new ArrayList<>();
        for (Future<HttpStatusCode> call : calls) {
            statuses.add(call.get());
        }
        assertThat(statuses).containsOnly(HttpStatus.OK);
    }

    @Test
    void recoversWhenTheServiceComesBackWithoutARestart() {
        courtService.stop();
        for (int call = 0; call < 10; call++) {
            client.get().uri("/api/v1/courts/42").exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        }

        courtService.start();

        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                client.get().uri("/api/v1/courts/42").exchange().expectStatus().isOk());
    }

    @Test
    void answersCorsPreflightsForConfiguredOriginsOnly() {
        client.method(HttpMethod.OPTIONS).uri("/api/v1/courts/42")
                .header(HttpHeaders.ORIGIN, "http://localhost:3000")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization,Idempotency-Key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000");

        client.method(HttpMethod.OPTIONS).uri("/api/v1/courts/42")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void servesOneSwaggerUiOverEveryServicesDescription() {
        client.get().uri("/v3/api-docs/court-service").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").isEqualTo("3.1.0");

        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].name").value(names -> assertThat(names.toString())
                        .contains("court-service", "user-service", "queue-service", "match-service", "market-service",
                                "notice-service", "notification-service"));
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void answersAnOverLongTargetWithA414Problem() throws IOException {
        String answer = send("GET /api/v1/courts/" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 414");
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer).contains("\"code\":\"uri-too-long\"");
    }

    @Test
    void answersOversizedHeadersWithA431Problem() throws IOException {
        String answer = send("GET /api/v1/courts/42 HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 431");
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer).contains("\"code\":\"headers-too-large\"");
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void exposesTheHealthOfEachServiceThroughTheGateway() {
        client.get().uri("/health/court-service").exchange().expectStatus().isOk();
        assertThat(courtService.lastHeader("Host")).isNotNull();
    }
}
