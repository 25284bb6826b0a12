package dev.rallypoint.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.test.AccessTokenRejectionTests;
import dev.rallypoint.test.TestTokens;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "rallypoint.gateway.rate-limits.enabled=false")
@AutoConfigureWebTestClient(timeout = "20s")
class GatewaySecurityTests extends AccessTokenRejectionTests {

    static final StubService courtService = new StubService();

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void courtServiceInstance(DynamicPropertyRegistry registry) {
        courtService.serveAs(registry, "court-service");
    }

    @AfterAll
    static void stopCourtService() {
        courtService.stop();
    }

    @Override
    protected URI protectedEndpoint() {
        return URI.create("http://localhost:" + port + "/api/v1/reservations/mine");
    }

    @Test
    void forwardsTheTokenButNeverAClaimedIdentity() {
        String token = TestTokens.member(UUID.randomUUID());

        client.get().uri("/api/v1/reservations/mine")
                .header("Authorization", "Bearer " + token)
                .header("X-User-Id", UUID.randomUUID().toString())
                .header("X-User-Roles", "ADMIN")
                .header("X-Authenticated-User", "admin")
                .exchange()
                .expectStatus().isOk();

        assertThat(courtService.lastHeader("Authorization")).isEqualTo("Bearer " + token);
        assertThat(courtService.lastHeader("X-User-Id")).isNull();
        assertThat(courtService.lastHeader("X-User-Roles")).isNull();
        assertThat(courtService.lastHeader("X-Authenticated-User")).isNull();
    }

    @Test
    void keepsTheAdminAreaForAdmins() {
        client.get().uri("/api/v1/admin/reservations").header("Authorization", "Bearer " + TestTokens.member(UUID.randomUUID()))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("forbidden");
        client.get().uri("/api/v1/admin/reservations").header("Authorization", "Bearer " + TestTokens.courtManager(UUID.randomUUID()))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/admin/reservations").header("Authorization", "Bearer " + TestTokens.admin(UUID.randomUUID()))
                .exchange().expectStatus().isOk();
    }

    @Test
    void keepsTheManagerAreaForManagersAndAdmins() {
        client.get().uri("/api/v1/manager/clubs").header("Authorization", "Bearer " + TestTokens.member(UUID.randomUUID()))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/manager/clubs").header("Authorization", "Bearer " + TestTokens.courtManager(UUID.randomUUID()))
                .exchange().expectStatus().isOk();
    }

    @Test
    void letsAnonymousCallersReadPublicDataOnly() {
        client.get().uri("/api/v1/courts/42").exchange().expectStatus().isOk();
        client.post().uri("/api/v1/courts/42").exchange().expectStatus().isUnauthorized();
        client.post().uri("/api/v1/reservations").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
    }
}
