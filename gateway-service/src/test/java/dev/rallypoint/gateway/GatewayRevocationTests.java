package dev.rallypoint.gateway;

import dev.rallypoint.common.identity.TokenRevocation;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Access tokens of a member suspended, withdrawn or with a new password, and admission tokens paid
 * or left, are refused within 5 s of user-service or queue-service publishing the revocation.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "rallypoint.gateway.rate-limits.enabled=false",
        "rallypoint.gateway.admission.gates-cache-time=50ms" })
@AutoConfigureWebTestClient
class GatewayRevocationTests {

    static final Duration WITHIN = Duration.ofSeconds(5);

    static final StubService courtService = new StubService();

    @Autowired
    WebTestClient client;

    @Autowired
    StringRedisTemplate redis;

    @Value("${rallypoint.gateway.admission.secret}")
    String secret;

    @Value("${rallypoint.redis.key-prefix}")
    String keyPrefix;

    final UUID member = UUID.randomUUID();

    final UUID dateId = UUID.randomUUID();

    final String gate = "event-date-" + dateId;

    @DynamicPropertySource
    static void courtServiceInstance(DynamicPropertyRegistry registry) {
        courtService.serveAs(registry, "court-service");
    }

    @AfterAll
    static void stopCourtService() {
        courtService.stop();
    }

    @BeforeEach
    void protectTheGate() throws InterruptedException {
        redis.opsForSet().add(keyPrefix + "queue:protected-gates", gate);
        Thread.sleep(100);
    }

    @Test
    void refusesAccessTokensIssuedBeforeTheMembersRevocationWithin5Seconds() {
        String before = TestTokens.token().subject(member.toString()).issuedAt(Instant.now().minusSeconds(60)).sign();
        String otherMember = TestTokens.token().issuedAt(Instant.now().minusSeconds(60)).sign();
        call(before).expectStatus().isOk();

        publish(TokenRevocation.ofUser(member, Instant.now().minusSeconds(30)));

        Awaitility.await().atMost(WITHIN).untilAsserted(() -> call(before).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("token-revoked"));
        String after = TestTokens.token().subject(member.toString()).sign();
        call(after).expectStatus().isOk();
        call(otherMember).expectStatus().isOk();
    }

    @Test
    void learnsRevocationsStoredInRedisWithoutTheirMessage() {
        String before = TestTokens.token().subject(member.toString()).issuedAt(Instant.now().minusSeconds(60)).sign();
        call(before).expectStatus().isOk();
        TokenRevocation revocation = TokenRevocation.ofUser(member, Instant.now().minusSeconds(30));

        redis.opsForValue().set(revocation.key(keyPrefix), revocation.value(), Duration.ofMinutes(16));

        Awaitility.await().atMost(WITHIN.plusSeconds(1)).untilAsserted(() -> call(before).expectStatus().isUnauthorized());
    }

    @Test
    void refusesAnAdmissionTokenIssuedBeforeItsPurchaseWasPaidOrItsPlaceLeft() {
        String admission = GatewayAdmissionTests.admission(member, gate, Instant.now().plusSeconds(300), secret);
        String accessToken = TestTokens.member(member);
        hold(accessToken, admission).expectStatus().isOk();

        publish(TokenRevocation.ofAdmission(gate, member, Instant.now().plusSeconds(1)));

        Awaitility.await().atMost(WITHIN).untilAsserted(() -> hold(accessToken, admission).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("admission-required"));
        call(accessToken).expectStatus().isOk();
    }

    private void publish(TokenRevocation revocation) {
        redis.opsForValue().set(revocation.key(keyPrefix), revocation.value(), Duration.ofMinutes(16));
        redis.convertAndSend(keyPrefix + TokenRevocation.CHANNEL, revocation.message());
    }

    private WebTestClient.ResponseSpec call(String accessToken) {
        return client.get().uri("/api/v1/reservations/" + UUID.randomUUID()).header("Authorization", "Bearer " + accessToken)
                .exchange();
    }

    private WebTestClient.ResponseSpec hold(String accessToken, String admission) {
        return client.post().uri("/api/v1/events/e-1/dates/" + dateId + "/seats/7/hold")
                .header("Authorization", "Bearer " + accessToken)
                .header("X-Admission-Token", admission)
                .exchange();
    }
}
