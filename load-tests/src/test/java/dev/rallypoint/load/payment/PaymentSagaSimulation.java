package dev.rallypoint.load.payment;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import dev.rallypoint.load.Platform;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark: the payment saga end to end through the gateway at a steady rate. Each saga holds a
 * slot nobody else uses, pays it ({@code Idempotency-Key}), and polls the reservation every 100 ms
 * ({@code pollMillis}) until it is {@code CONFIRMED}; the {@code saga} group's time is hold to
 * confirmation. Target on two cores: 200 sagas/s with the group's p99 at most 100 ms, no errors.
 *
 * <p>{@code ./mvnw -B -Pload-tests -pl load-tests gatling:test
 * -Dgatling.simulationClass=dev.rallypoint.load.payment.PaymentSagaSimulation -DadminPassword=...}
 * ({@code rate}, default 200 sagas/s; {@code seconds}, default 60; {@code members}, default 400).
 */
public class PaymentSagaSimulation extends Simulation {

    static final int RATE = Integer.getInteger("rate", 200);

    static final int SECONDS = Integer.getInteger("seconds", 60);

    static final int MEMBERS = Platform.members(400);

    /** How often a saga polls its reservation; a member's polls count against their rate limit at the gateway. */
    static final Duration POLL_EVERY = Duration.ofMillis(Integer.getInteger("pollMillis", 100));

    static final int DAYS = 28;

    static final int SAGAS = RATE * SECONDS;

    /** Distinct one-hour slots over 28 days for every saga. */
    static final int COURTS = Math.max(1, (SAGAS + 24 * DAYS - 1) / (24 * DAYS));

    /** Each member pays for at most this many reservations (the club allows 100 upcoming). */
    static final long POINTS_PER_MEMBER = Math.min(1_000_000, 10_000L * ((SAGAS + MEMBERS - 1) / MEMBERS + 1));

    final List<String> tokens = Wallets.fundedMembers(MEMBERS, POINTS_PER_MEMBER);

    final List<String> courts = Platform.clubWithCourts(Platform.adminToken(), COURTS);

    final AtomicInteger next = new AtomicInteger();

    /** Saga i: member i % members, court i / (24 * days), day and hour from the rest. */
    final Iterator<Map<String, Object>> sagas = new Iterator<>() {
        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Map<String, Object> next() {
            int i = next.getAndIncrement() % SAGAS;
            int slot = i % (24 * DAYS);
            int day = 1 + slot / 24;
            int hour = slot % 24;
            return Map.of("token", tokens.get(i % MEMBERS), "courtId", courts.get(i / (24 * DAYS)),
                    "startsAt", Platform.slot(day, hour),
                    "endsAt", Platform.slot(hour == 23 ? day + 1 : day, (hour + 1) % 24),
                    "key", UUID.randomUUID().toString());
        }
    };

    final HttpProtocolBuilder protocol = http.baseUrl(Platform.GATEWAY)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections();

    final ScenarioBuilder saga = scenario("hold, pay, confirmed")
            .feed(sagas)
            .group("saga").on(
                    exec(http("hold").post("/api/v1/reservations")
                            .header("Authorization", "Bearer #{token}")
                            .body(StringBody("{\"courtId\":\"#{courtId}\",\"startsAt\":\"#{startsAt}\",\"endsAt\":\"#{endsAt}\"}"))
                            .check(status().is(201), jsonPath("$.id").saveAs("reservationId")))
                    .exitHereIfFailed()
                    .exec(http("pay").post("/api/v1/reservations/#{reservationId}/payment")
                            .header("Authorization", "Bearer #{token}")
                            .header("Idempotency-Key", "#{key}")
                            .check(status().is(202), jsonPath("$.status").saveAs("status")))
                    .exitHereIfFailed()
                    .asLongAs(session -> !"CONFIRMED".equals(session.getString("status"))
                            && !"HELD".equals(session.getString("status"))
                            && !"EXPIRED".equals(session.getString("status"))).on(
                            exec(http("poll").get("/api/v1/reservations/#{reservationId}")
                                    .header("Authorization", "Bearer #{token}")
                                    .check(status().is(200), jsonPath("$.status").saveAs("status")))
                                    .pause(POLL_EVERY))
                    .doIf(session -> !"CONFIRMED".equals(session.getString("status"))).then(
                            exec(session -> session.markAsFailed())));

    {
        setUp(saga.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .assertions(
                        global().failedRequests().count().is(0L),
                        details("saga").failedRequests().count().is(0L),
                        details("saga").responseTime().percentile(99.0).lte(100));
    }
}
