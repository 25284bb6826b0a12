package dev.rallypoint.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import dev.rallypoint.test.AccessTokenRejectionTests;
import dev.rallypoint.test.TestTokens;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.flyway.enabled=false", "spring.jpa.hibernate.ddl-auto=none",
        "spring.modulith.events.republish-outstanding-events-on-restart=false",
        "rallypoint.security.public-paths=GET /api/v1/open/**",
        "rallypoint.security.verified-email-paths=POST /api/v1/bookings/*/payment",
        "rallypoint.security.jwks-cache-ttl=2s" })
@AutoConfigureRestTestClient
class ServiceSecurityTests extends AccessTokenRejectionTests {

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient client;

    @Override
    protected URI protectedEndpoint() {
        return URI.create("http://localhost:" + port + "/api/v1/me");
    }

    @Test
    void knowsTheCallerFromTheTokenAndNeverFromHeaders() {
        UUID member = UUID.randomUUID();

        client.get().uri("/api/v1/me")
                .header("Authorization", "Bearer " + TestTokens.member(member))
                .header("X-User-Id", UUID.randomUUID().toString())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.subject").isEqualTo(member.toString())
                .jsonPath("$.roles[0]").isEqualTo("MEMBER");
    }

    @Test
    void keepsTheAdminAreaForAdmins() {
        client.get().uri("/api/v1/admin/things").header("Authorization", "Bearer " + TestTokens.member(UUID.randomUUID()))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("forbidden");
        client.get().uri("/api/v1/admin/things").header("Authorization", "Bearer " + TestTokens.courtManager(UUID.randomUUID()))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/admin/things").header("Authorization", "Bearer " + TestTokens.admin(UUID.randomUUID()))
                .exchange().expectStatus().isOk();
    }

    @Test
    void keepsTheManagerAreaForManagersAndAdmins() {
        client.get().uri("/api/v1/manager/things").header("Authorization", "Bearer " + TestTokens.member(UUID.randomUUID()))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/manager/things").header("Authorization", "Bearer " + TestTokens.courtManager(UUID.randomUUID()))
                .exchange().expectStatus().isOk();
        client.get().uri("/api/v1/manager/things").header("Authorization", "Bearer " + TestTokens.admin(UUID.randomUUID()))
                .exchange().expectStatus().isOk();
    }

    @Test
    void letsOnlyUsersWithAConfirmedEmailAddressOrServicesBookAndPay() {
        UUID member = UUID.randomUUID();
        client.post().uri("/api/v1/bookings/42/payment").header("Authorization", "Bearer " + TestTokens.unverifiedMember(member))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("email-not-verified");
        client.post().uri("/api/v1/bookings/42/payment")
                .header("Authorization", "Bearer " + TestTokens.token().subject(member.toString()).emailVerified(null).sign())
                .exchange().expectStatus().isForbidden();
        client.post().uri("/api/v1/bookings/42/payment").exchange().expectStatus().isUnauthorized();
        client.post().uri("/api/v1/bookings/42/payment").header("Authorization", "Bearer " + TestTokens.member(member))
                .exchange().expectStatus().isOk();
        client.post().uri("/api/v1/bookings/42/payment").header("Authorization", "Bearer " + TestTokens.service("court-service"))
                .exchange().expectStatus().isOk();
        client.get().uri("/api/v1/me").header("Authorization", "Bearer " + TestTokens.unverifiedMember(member))
                .exchange().expectStatus().isOk();
    }

    @Test
    void servesConfiguredPublicPathsToAnonymousCallersForTheirMethodOnly() {
        client.get().uri("/api/v1/open/things").exchange().expectStatus().isOk();
        client.post().uri("/api/v1/open/things").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void trustsARotatedKeyAtOnceAndARetiredKeyNoLongerThanTheCacheLifetime() throws Exception {
        RSAKey previous = TestTokens.currentKey();
        String signedWithPrevious = TestTokens.member(UUID.randomUUID());
        Thread.sleep(1100);

        TestTokens.rotate();
        client.get().uri("/api/v1/me").header("Authorization", "Bearer " + TestTokens.member(UUID.randomUUID()))
                .exchange().expectStatus().isOk();
        client.get().uri("/api/v1/me").header("Authorization", "Bearer " + signedWithPrevious)
                .exchange().expectStatus().isOk();

        TestTokens.retire(previous);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                client.get().uri("/api/v1/me").header("Authorization", "Bearer " + signedWithPrevious)
                        .exchange().expectStatus().isUnauthorized());
        assertThat(TestTokens.currentKey().getKeyID()).isNotEqualTo(previous.getKeyID());
    }

    @SpringBootApplication
    @Import(SecuredController.class)
    static class TestApplication {
    }

    @RestController
    static class SecuredController {

        @GetMapping("/api/v1/me")
        Caller me(Caller caller) {
            return caller;
        }

        @GetMapping({ "/api/v1/admin/things", "/api/v1/manager/things", "/api/v1/open/things" })
        String things() {
            return "ok";
        }

        @PostMapping("/api/v1/bookings/{id}/payment")
        String pay() {
            return "paid";
        }
    }
}
