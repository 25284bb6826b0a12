package dev.rallypoint.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.rallypoint.test.TestTokens;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Seat holds and payments of a gated event date need an admission token for the calling user and
 * that gate, checked by the gateway alone; a gate is protected while it is in queue-service's
 * Redis set of protected gates.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "rallypoint.gateway.rate-limits.enabled=false",
        "rallypoint.gateway.admission.gates-cache-time=50ms" })
@AutoConfigureWebTestClient
class GatewayAdmissionTests {

    static final StubService courtService = new StubService();

    @Autowired
    WebTestClient client;

    @Autowired
    StringRedisTemplate redis;

    @LocalServerPort
    int port;

    @Value("${rallypoint.gateway.admission.secret}")
    String secret;

    @Value("${rallypoint.redis.key-prefix}")
    String keyPrefix;

    final UUID user = UUID.randomUUID();

    /** Starts with zeros, so that a shortened spelling of it exists. */
    final UUID dateId = UUID.fromString("00" + UUID.randomUUID().toString().substring(2));

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
    void routesAHoldWithTheUsersAdmissionTokenForTheGate() {
        hold(admission(user, gate, Instant.now().plusSeconds(300), secret))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo(holdPath());
        pay(admission(user, gate, Instant.now().plusSeconds(300), secret)).expectStatus().isOk();
    }

    @Test
    void refusesAHoldWithoutAdmissionToken() {
        hold(null).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.code").isEqualTo("admission-required");
        pay(null).expectStatus().isForbidden();
    }

    @Test
    void refusesAForgedAdmissionToken() {
        String otherSecret = "an-attackers-guess-at-the-secret-0123456789";
        hold(admission(user, gate, Instant.now().plusSeconds(300), otherSecret)).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("admission-required");

        String valid = admission(user, gate, Instant.now().plusSeconds(300), secret);
        String[] parts = valid.split("\\.");
        String otherGatePayload = com.nimbusds.jose.util.Base64URL.encode(claims(user, "event-date-" + UUID.randomUUID(),
                Instant.now().plusSeconds(300)).toString()).toString();
        hold(parts[0] + "." + otherGatePayload + "." + parts[2]).expectStatus().isForbidden();

        hold(new PlainJWT(claims(user, gate, Instant.now().plusSeconds(300))).serialize()).expectStatus().isForbidden();
        hold("not-a-token").expectStatus().isForbidden();
    }

    @Test
    void refusesAnExpiredAdmissionToken() {
        hold(admission(user, gate, Instant.now().minusSeconds(1), secret)).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("admission-required");
    }

    @Test
    void refusesAnotherUsersAdmissionToken() {
        hold(admission(UUID.randomUUID(), gate, Instant.now().plusSeconds(300), secret)).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("admission-required");
    }

    @Test
    void refusesAnAdmissionTokenForAnotherGate() {
        hold(admission(user, "event-date-" + UUID.randomUUID(), Instant.now().plusSeconds(300), secret))
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("admission-required");
    }

    @Test
    void letsCallsThroughWhenTheGateIsNotProtectedOrTheRouteIsNot() throws InterruptedException {
        client.get().uri(holdPath()).header("Authorization", "Bearer " + TestTokens.member(user)).exchange()
                .expectStatus().isOk();

        redis.opsForSet().remove(keyPrefix + "queue:protected-gates", gate);
        Thread.sleep(100);

        hold(null).expectStatus().isOk();
    }

    @Test
    void guardsEverySpellingOfAGatedPathAndForwardsTheCanonicalOne() {
        String upper = dateId.toString().toUpperCase();
        String encodedDash = dateId.toString().replaceFirst("-", "%2D");
        String shortened = dateId.toString().replaceFirst("^0+", "");
        List<String> spellings = List.of(
                "/api/v1/events/e-1/dates/" + upper + "/seats/7/hold",
                "/api/v1/events/e-1/dates/" + encodedDash + "/seats/7/hold",
                "/api/v1/events/e-1/dates/" + dateId + "/seats/7/hold/",
                "/api/v1//events/e-1/dates//" + dateId + "/seats/7/hold",
                "/api/v1/events/e-1/dates/" + dateId + ";x=1/seats/7/hold",
                "/api/v1/events/e-1/dates/" + upper + ";x=1/seats/7/hold;a=b/",
                "/api/v1/events/e-1/dates/+" + shortened + "/seats/7/hold",
                "/api/v1/%65vents/e-1/dates/" + dateId + "/seats/7/hold",
                "/api/v1/events/e-1/dates/" + upper + "/seat-reservations/r-1/payment");
        for (String spelling : spellings) {
            post(spelling, null).expectStatus().isForbidden()
                    .expectBody().jsonPath("$.code").isEqualTo("admission-required");
        }
        for (String spelling : spellings) {
            post(spelling, admission(user, gate, Instant.now().plusSeconds(300), secret)).expectStatus().isOk()
                    .expectBody().jsonPath("$.path").value(path -> assertThat(path.toString())
                            .startsWith("/api/v1/events/e-1/dates/" + dateId + "/"));
        }
    }

    @Test
    void refusesAPathWithoutOneMeaning() {
        post("/api/v1/events/e-1/dates/" + dateId + "/seats/7/../7/hold", null).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("malformed-path");
        post("/api/v1/events/e-1/dates/" + dateId + "%2Fseats/7/hold", null).expectStatus().isBadRequest();
    }

    @Test
    void stillNeedsAValidAccessTokenFirst() {
        client.post().uri(holdPath()).header("X-Admission-Token", admission(user, gate, Instant.now().plusSeconds(300), secret))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec hold(String admissionToken) {
        return post(holdPath(), admissionToken);
    }

    private WebTestClient.ResponseSpec pay(String admissionToken) {
        return post("/api/v1/events/" + UUID.randomUUID() + "/dates/" + dateId + "/seat-reservations/" + UUID.randomUUID()
                + "/payment", admissionToken);
    }

    private WebTestClient.ResponseSpec post(String path, String admissionToken) {
        WebTestClient.RequestBodySpec request = client.post().uri(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + TestTokens.member(user));
        if (admissionToken != null) {
            request.header("X-Admission-Token", admissionToken);
        }
        return request.exchange();
    }

    private String holdPath() {
        return "/api/v1/events/e-1/dates/" + dateId + "/seats/7/hold";
    }

    private static JWTClaimsSet claims(UUID user, String gate, Instant expiry) {
        return new JWTClaimsSet.Builder().issuer("rallypoint-queue").subject(user.toString()).claim("gate", gate)
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(10)))).expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString()).build();
    }

    /** An admission token as queue-service issues it (see docs/waiting-room.md). */
    static String admission(UUID user, String gate, Instant expiry, String secret) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("admission+jwt")).build(),
                claims(user, gate, expiry));
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
        assertThat(jwt.serialize()).isNotBlank();
        return jwt.serialize();
    }
}
