package dev.rallypoint.match;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * court-service's match holds as a WireMock contract stub, with the answers court-service's own
 * {@code MatchHoldTests} prove it gives: 201 with the reservation view (a new reservation id, the member and
 * time asked for, status HELD), 409 {@code slot-taken} problem when no court is free. Also plays user-service's
 * service-token endpoint for match-service's client credentials, and the confirmation of a hold paid by split
 * (200 {@code CONFIRMED}; 409 {@code reservation-state} once the hold is gone, {@link #holdsGone()}). Tests switch
 * the stub between {@link #free()}, {@link #full()} and {@link #down()}, and take single court times with
 * {@link #taken(UUID, Instant)}.
 */
public final class TestCourts implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String HOLDS = "/api/v1/match-holds";

    private static final List<StubMapping> TAKEN = new CopyOnWriteArrayList<>();

    public static final WireMockServer SERVER = new WireMockServer(wireMockConfig().dynamicPort()
            .bindAddress("127.0.0.1").containerThreads(20));

    static {
        SERVER.start();
        Runtime.getRuntime().addShutdownHook(new Thread(SERVER::stop, "stop-test-courts"));
        SERVER.stubFor(post(urlEqualTo("/api/v1/auth/service-tokens")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"match-service-token\",\"token_type\":\"Bearer\",\"expires_in\":900}")));
        free();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = "http://127.0.0.1:" + SERVER.port();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testCourts", Map.of(
                "rallypoint.match.court.url", url,
                "rallypoint.security.service-client.token-uri", url + "/api/v1/auth/service-tokens",
                "rallypoint.match.court.open-for", "10s",
                "rallypoint.match.court.retry-wait", "10ms",
                "spring.cloud.openfeign.client.config.court-service.read-timeout", "10000",
                "rallypoint.match.court.time-limit", "10s",
                // tests time out confirmations themselves, with the test clock
                "rallypoint.match.confirmation-sweep", "1h",
                "rallypoint.match.payment.sweep", "1h")));
    }

    /** Every hold succeeds on a court of its own. */
    public static void free() {
        TAKEN.forEach(SERVER::removeStub);
        TAKEN.clear();
        holds(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withTransformers("response-template")
                .withBody("""
                        {"id":"{{randomValue type='UUID'}}","courtId":"{{randomValue type='UUID'}}",\
                        "clubId":"{{jsonPath request.body '$.clubId'}}","memberId":"{{jsonPath request.body '$.memberId'}}",\
                        "startsAt":"{{jsonPath request.body '$.startsAt'}}","endsAt":"{{jsonPath request.body '$.endsAt'}}",\
                        "status":"HELD","price":10000,"heldUntil":"2099-01-01T00:00:00Z","cancelledBy":null,\
                        "cancellationFee":null,"paymentFailure":null,"createdAt":"2026-01-01T00:00:00Z",\
                        "updatedAt":"2026-01-01T00:00:00Z"}"""));
        SERVER.stubFor(post(urlPathMatching(HOLDS + "/[^/]+/release")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"00000000-0000-0000-0000-000000000000\",\"status\":\"CANCELLED\",\"price\":10000}")));
        splitPayments(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"00000000-0000-0000-0000-000000000000\",\"status\":\"CONFIRMED\",\"price\":10000}"));
    }

    /** A hold paid by split is no longer held (expired or cancelled): 409 as court-service's MatchHoldTests show. */
    public static void holdsGone() {
        splitPayments(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"code\":\"reservation-state\"}"));
    }

    /** court-service drops the connection when told that a hold is paid by split. */
    public static void splitPaymentsDown() {
        splitPayments(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    private static void splitPayments(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        SERVER.stubFor(post(urlPathMatching(HOLDS + "/[^/]+/split-payment")).willReturn(answer));
    }

    /** No court of any club is free. */
    public static void full() {
        holds(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"code\":\"slot-taken\"}"));
    }

    /**
     * Every court of the club is taken at that start (any start when {@code startsAt} is null): 409 {@code slot-taken},
     * whatever the other stubs answer, until {@link #free()}.
     */
    public static void taken(UUID club, Instant startsAt) {
        MappingBuilder hold = post(urlEqualTo(HOLDS)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.clubId", equalTo(club.toString())));
        if (startsAt != null) {
            hold = hold.withRequestBody(matchingJsonPath("$.startsAt", equalTo(startsAt.toString())));
        }
        TAKEN.add(SERVER.stubFor(hold.willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"code\":\"slot-taken\"}"))));
    }

    /** court-service drops every connection. */
    public static void down() {
        holds(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    private static void holds(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        MappingBuilder hold = post(urlEqualTo(HOLDS)).willReturn(answer);
        SERVER.stubFor(hold);
    }
}
