package dev.rallypoint.queue.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.rallypoint.test.TestTokens;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The waiting room over HTTP, as members and administrators use it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "rallypoint.queue.worker.enabled=false",
        "rallypoint.queue.admission-lifetime=8s", "rallypoint.queue.waiter-timeout=10m" })
@AutoConfigureRestTestClient
@Import(WaitingRoomTestConfiguration.class)
class WaitingRoomApiTests {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    RestTestClient client;

    @Autowired
    AdmissionWorker worker;

    @Autowired
    TestClock clock;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    WaitingRoomScripts scripts;

    @Autowired
    GateKeys keys;

    @Autowired
    WaitingRoomProperties properties;

    final String admin = "Bearer " + TestTokens.admin(UUID.randomUUID());

    @Test
    void joiningTwiceKeepsThePlaceAndTheToken() {
        String gate = openGate(10, 5);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        join(gate, first);

        EntityExchangeResult<Map<String, Object>> created = client.post().uri("/api/v1/queue/{gate}/tokens", gate)
                .header("Authorization", bearer(second)).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/queue/" + gate + "/tokens/[0-9a-f-]{36}")
                .expectBody(JSON).returnResult();
        Map<String, Object> ticket = created.getResponseBody();
        assertThat(ticket).containsEntry("status", "WAITING").containsEntry("position", 2).containsEntry("gate", gate)
                .containsKeys("estimatedWaitSeconds", "pollAfterSeconds", "token");

        Map<String, Object> again = client.post().uri("/api/v1/queue/{gate}/tokens", gate).header("Authorization", bearer(second))
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(again).containsEntry("token", ticket.get("token")).containsEntry("position", 2);
    }

    @Test
    void concurrentJoinsOfOneUserGetOneToken() {
        String gate = openGate(10, 5);
        UUID user = UUID.randomUUID();
        List<CompletableFuture<EntityExchangeResult<Map<String, Object>>>> racing = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 20; i++) {
                racing.add(CompletableFuture.supplyAsync(() -> client.post().uri("/api/v1/queue/{gate}/tokens", gate)
                        .header("Authorization", bearer(user)).exchange().expectBody(JSON).returnResult(), threads));
            }
        }
        List<EntityExchangeResult<Map<String, Object>>> results = racing.stream().map(CompletableFuture::join).toList();
        assertThat(results).filteredOn(result -> result.getStatus() == HttpStatus.CREATED).hasSize(1);
        assertThat(results).filteredOn(result -> result.getStatus() == HttpStatus.OK).hasSize(19);
        assertThat(results.stream().map(result -> result.getResponseBody().get("token")).distinct()).hasSize(1);
        assertThat(status(gate)).containsEntry("waiting", 1);
    }

    @Test
    void aPollShowsThePositionMovingAndTheAdmissionTokenOnceAdmitted() throws Exception {
        String gate = openGate(1, 5);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String firstToken = (String) join(gate, first).get("token");
        String secondToken = (String) join(gate, second).get("token");
        assertThat(poll(gate, secondToken, second)).containsEntry("position", 2).containsEntry("estimatedWaitSeconds", 2);

        clock.advance(Duration.ofMillis(1_000));
        assertThat(worker.admit(new GateId(gate)).users()).containsExactly(first);

        Map<String, Object> admitted = poll(gate, firstToken, first);
        assertThat(admitted).containsEntry("status", "ADMITTED").containsKeys("admissionToken", "admissionExpiresAt")
                .doesNotContainKey("position");
        SignedJWT jwt = SignedJWT.parse((String) admitted.get("admissionToken"));
        assertThat(jwt.verify(new MACVerifier(properties.admissionSecret().getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("admission+jwt");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(first.toString());
        assertThat(jwt.getJWTClaimsSet().getStringClaim("gate")).isEqualTo(gate);
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("rallypoint-queue");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(clock.instant().plusSeconds(8));
        assertThat(poll(gate, secondToken, second)).containsEntry("status", "WAITING").containsEntry("position", 1);
    }

    @Test
    void aTokenIsOnlyItsOwners() {
        String gate = openGate(10, 5);
        UUID owner = UUID.randomUUID();
        String token = (String) join(gate, owner).get("token");
        UUID other = UUID.randomUUID();

        client.get().uri("/api/v1/queue/{gate}/tokens/{token}", gate, token).header("Authorization", bearer(other)).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("queue-token-not-found");
        client.delete().uri("/api/v1/queue/{gate}/tokens/{token}", gate, token).header("Authorization", bearer(other)).exchange()
                .expectStatus().isNotFound();
        assertThat(poll(gate, token, owner)).containsEntry("status", "WAITING");
    }

    @Test
    void leavingFreesThePlaceAndEndsAnAdmission() {
        String gate = openGate(1, 1);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String firstToken = (String) join(gate, first).get("token");
        join(gate, second);
        clock.advance(Duration.ofSeconds(1));
        worker.admit(new GateId(gate));
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.admit(new GateId(gate)).users()).as("the active limit is reached").isEmpty();

        client.delete().uri("/api/v1/queue/{gate}/tokens/{token}", gate, firstToken).header("Authorization", bearer(first))
                .exchange().expectStatus().isNoContent();

        client.get().uri("/api/v1/queue/{gate}/tokens/{token}", gate, firstToken).header("Authorization", bearer(first))
                .exchange().expectStatus().isNotFound();
        assertThat(worker.admit(new GateId(gate)).users()).containsExactly(second);
    }

    @Test
    void anAdmissionTimesOutAndFreesItsPlace() {
        String gate = openGate(1, 1);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String firstToken = (String) join(gate, first).get("token");
        join(gate, second);
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.admit(new GateId(gate)).users()).containsExactly(first);

        clock.advance(Duration.ofSeconds(8));
        assertThat(worker.admit(new GateId(gate)).users()).containsExactly(second);
        client.get().uri("/api/v1/queue/{gate}/tokens/{token}", gate, firstToken).header("Authorization", bearer(first))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void waitersWhoStopPollingLoseTheirPlace() {
        String gate = openGate(1, 5);
        UUID silent = UUID.randomUUID();
        UUID polling = UUID.randomUUID();
        String silentToken = (String) join(gate, silent).get("token");
        String pollingToken = (String) join(gate, polling).get("token");
        AdmissionWorker strict = new AdmissionWorker(redis, scripts, keys, withWaiterTimeout(Duration.ofSeconds(30)), clock,
                new SimpleMeterRegistry());
        client.post().uri("/api/v1/admin/queue/gates/{gate}/pause", gate).header("Authorization", admin).exchange()
                .expectStatus().isOk();

        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(10));
            poll(gate, pollingToken, polling);
            strict.admit(new GateId(gate));
        }

        assertThat(poll(gate, pollingToken, polling)).containsEntry("position", 1);
        client.get().uri("/api/v1/queue/{gate}/tokens/{token}", gate, silentToken).header("Authorization", bearer(silent))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void administratorsPauseResumeRetuneAndCloseAGate() {
        String gate = openGate(2, 100);
        List<UUID> users = IntStream.range(0, 10).mapToObj(i -> UUID.randomUUID()).toList();
        users.forEach(user -> join(gate, user));

        client.post().uri("/api/v1/admin/queue/gates/{gate}/pause", gate).header("Authorization", admin).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("PAUSED");
        clock.advance(Duration.ofSeconds(5));
        assertThat(worker.admit(new GateId(gate)).users()).isEmpty();

        client.post().uri("/api/v1/admin/queue/gates/{gate}/open", gate).header("Authorization", admin).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("OPEN");
        client.patch().uri("/api/v1/admin/queue/gates/{gate}", gate).header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("ratePerSecond", 4)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.ratePerSecond").isEqualTo(4.0);
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.admit(new GateId(gate)).users()).as("paused time earns nothing; the new rate applies")
                .containsExactlyElementsOf(users.subList(0, 4));

        client.post().uri("/api/v1/admin/queue/gates/{gate}/close", gate).header("Authorization", admin).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("CLOSED");
        assertThat(redis.opsForSet().isMember(keys.protectedGates(), gate)).isFalse();
        client.post().uri("/api/v1/queue/{gate}/tokens", gate).header("Authorization", bearer(UUID.randomUUID())).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT).expectBody().jsonPath("$.code").isEqualTo("gate-closed");
        client.post().uri("/api/v1/admin/queue/gates/{gate}/pause", gate).header("Authorization", admin).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT).expectBody().jsonPath("$.code").isEqualTo("illegal-gate-transition");
    }

    @Test
    void onlyAdministratorsManageGates() {
        client.post().uri("/api/v1/admin/queue/gates").header("Authorization", bearer(UUID.randomUUID()))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("gate", "g-" + UUID.randomUUID(), "ratePerSecond", 1, "maxActive", 1))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void refusesBadInputWithProblems() {
        client.post().uri("/api/v1/queue/{gate}/tokens", "Not_A_Gate!").header("Authorization", bearer(UUID.randomUUID()))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-gate");
        client.post().uri("/api/v1/queue/{gate}/tokens", "no-such-gate-" + UUID.randomUUID())
                .header("Authorization", bearer(UUID.randomUUID())).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("gate-not-found");
        client.get().uri("/api/v1/queue/{gate}/tokens/not-a-uuid", "g").header("Authorization", bearer(UUID.randomUUID()))
                .exchange().expectStatus().isBadRequest();
        client.post().uri("/api/v1/admin/queue/gates").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("gate", "g-" + UUID.randomUUID(), "ratePerSecond", 0, "maxActive", 1))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("validation-failed");
        String gate = openGate(1, 1);
        client.post().uri("/api/v1/admin/queue/gates").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("gate", gate, "ratePerSecond", 1, "maxActive", 1))
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT).expectBody().jsonPath("$.code").isEqualTo("gate-already-exists");
    }

    private WaitingRoomProperties withWaiterTimeout(Duration timeout) {
        return new WaitingRoomProperties(properties.admissionLifetime(), timeout, properties.pollMin(), properties.pollMax(),
                properties.preQueue(), properties.worker(), properties.admissionSecret(), properties.processedEventTtl());
    }

    String openGate(double rate, int maxActive) {
        String gate = "g-" + UUID.randomUUID();
        client.post().uri("/api/v1/admin/queue/gates").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("gate", gate, "ratePerSecond", rate, "maxActive", maxActive))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.state").isEqualTo("OPEN");
        return gate;
    }

    Map<String, Object> join(String gate, UUID user) {
        return client.post().uri("/api/v1/queue/{gate}/tokens", gate).header("Authorization", bearer(user)).exchange()
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
    }

    Map<String, Object> poll(String gate, String token, UUID user) {
        return client.get().uri("/api/v1/queue/{gate}/tokens/{token}", gate, token).header("Authorization", bearer(user))
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    Map<String, Object> status(String gate) {
        return client.get().uri("/api/v1/admin/queue/gates/{gate}", gate).header("Authorization", admin).exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    static String bearer(UUID user) {
        return "Bearer " + TestTokens.member(user);
    }
}
