package dev.rallypoint.gateway;

import dev.rallypoint.test.TestTokens;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/** Budgets small enough to exhaust in a test: three calls per user and two logins per address, then one per 10 s. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "rallypoint.gateway.rate-limits.user.replenish-rate=1",
        "rallypoint.gateway.rate-limits.user.burst-capacity=30",
        "rallypoint.gateway.rate-limits.user.requested-tokens=10",
        "rallypoint.gateway.rate-limits.authentication.replenish-rate=1",
        "rallypoint.gateway.rate-limits.authentication.burst-capacity=20",
        "rallypoint.gateway.rate-limits.authentication.requested-tokens=10" })
@AutoConfigureWebTestClient(timeout = "20s")
class GatewayRateLimitTests {

    static final StubService services = new StubService();

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void serviceInstances(DynamicPropertyRegistry registry) {
        services.serveAs(registry, "court-service", "user-service");
    }

    @AfterAll
    static void stopServices() {
        services.stop();
    }

    @Test
    void refusesAUserOverBudgetWithA429ProblemWhileOthersGoOn() {
        String greedy = "Bearer " + TestTokens.member(UUID.randomUUID());
        for (int call = 0; call < 3; call++) {
            client.get().uri("/api/v1/reservations/mine").header("Authorization", greedy).exchange()
                    .expectStatus().isOk()
                    .expectHeader().exists("X-RateLimit-Remaining");
        }

        client.get().uri("/api/v1/reservations/mine").header("Authorization", greedy).exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-RateLimit-Remaining")
                .expectHeader().valueEquals("X-RateLimit-Burst-Capacity", "30")
                .expectHeader().valueEquals("Retry-After", "10")
                .expectBody().jsonPath("$.code").isEqualTo("too-many-requests");

        client.get().uri("/api/v1/reservations/mine").header("Authorization", "Bearer " + TestTokens.member(UUID.randomUUID()))
                .exchange().expectStatus().isOk();
    }

    @Test
    void allowsOnlyAFewLoginsPerAddress() {
        for (int attempt = 0; attempt < 2; attempt++) {
            client.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectStatus().isOk();
        }

        client.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().valueEquals("Retry-After", "10");
    }

    @Test
    void putsServiceTokensAndSocialLoginUnderTheAuthenticationBudget() {
        WebTestClient from = clientFrom("127.0.0.2");
        post(from, "/api/v1/auth/service-tokens").expectStatus().isOk();
        post(from, "/api/v1/auth/social/token").expectStatus().isOk();

        post(from, "/api/v1/auth/service-tokens").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().valueEquals("Retry-After", "10");
        post(from, "/api/v1/auth/social/token").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void countsEverySpellingOfALoginAgainstTheAuthenticationBudget() {
        WebTestClient from = clientFrom("127.0.0.3");
        post(from, "/api/v1/auth/login/").expectStatus().isOk();
        post(from, "/api/v1//auth//login").expectStatus().isOk();

        post(from, "/api/v1/auth/login;jsessionid=1").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        post(from, "/api/v1/auth/%6Cogin").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    private WebTestClient.ResponseSpec post(WebTestClient from, String path) {
        return from.post().uri(URI.create("http://127.0.0.1:" + port + path)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange();
    }

    /** A client calling from another loopback address, so that it has a per-address budget of its own. */
    private WebTestClient clientFrom(String address) {
        HttpClient http = HttpClient.create().bindAddress(() -> new InetSocketAddress(address, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http)).responseTimeout(Duration.ofSeconds(20)).build();
    }
}
