package dev.rallypoint.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What every RallyPoint service promises before it has a single feature: health, metrics, OpenAPI,
 * ProblemDetail errors, a 401 without a valid access token, request ids, virtual threads and a
 * {@link Clock}. A service's test extends
 * this class and adds {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
@AutoConfigureRestTestClient
public abstract class ServiceConformanceTests {

    @Autowired
    protected RestTestClient client;

    @Autowired
    protected ApplicationContext context;

    @Test
    void reportsHealthUp() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetricsTaggedWithTheApplicationName() {
        String name = context.getEnvironment().getRequiredProperty("spring.application.name");
        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("jvm_memory_used_bytes")
                        .contains("application=\"" + name + "\""));
    }

    @Test
    void publishesItsOpenApiDescription() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.openapi").value(version -> assertThat(version.toString()).startsWith("3."))
                .jsonPath("$.servers[0].url").isEqualTo("/");
    }

    @Test
    void answersAnUnknownPathWithAProblem() {
        client.get().uri("/api/v1/no-such-thing").header("Authorization", "Bearer " + TestTokens.member(UUID.randomUUID()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.code").isEqualTo("not-found")
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void refusesACallWithoutAccessTokenWithAProblem() {
        client.get().uri("/api/v1/no-such-thing").header("X-User-Id", UUID.randomUUID().toString()).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches("WWW-Authenticate", "Bearer.*")
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
    }

    /** Raw requests, so that nothing on the client side shortens or refuses them. */
    @Test
    void answersAnOverLongTargetAndOversizedHeadersWithProblems() throws IOException {
        String longTarget = send("GET /api/v1/" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String bigHeaders = send("GET /api/v1/x HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(longTarget).startsWith("HTTP/1.1 414").contains("\"code\":\"uri-too-long\"");
        assertThat(bigHeaders).startsWith("HTTP/1.1 431").contains("\"code\":\"headers-too-large\"");
        assertThat(List.of(longTarget, bigHeaders)).allSatisfy(answer -> assertThat(answer.toLowerCase())
                .contains("content-type: application/problem+json").doesNotContain("<html"));
    }

    private String send(String request) throws IOException {
        int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void echoesTheCallersRequestIdAndCreatesOneWhenMissing() {
        client.get().uri("/actuator/health").header("X-Request-Id", "abc-123").exchange()
                .expectHeader().valueEquals("X-Request-Id", "abc-123");
        client.get().uri("/actuator/health").exchange()
                .expectHeader().value("X-Request-Id", id -> assertThat(id).hasSizeGreaterThan(10));
    }

    @Test
    void runsOnVirtualThreadsWithAnInjectableClock() {
        assertThat(context.getEnvironment().getProperty("spring.threads.virtual.enabled", Boolean.class)).isTrue();
        assertThat(context.getBean(Clock.class)).isNotNull();
    }
}
