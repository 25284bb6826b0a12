package dev.rallypoint.load.courts;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.global;
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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark (b): holds on distinct slots through the gateway. Each virtual member owns one slot (a
 * court, day and hour nobody else uses) and, for the whole run, holds it and cancels the hold again,
 * so every hold is on a free slot and no member exceeds the hold limit. A hold answered 200 is the
 * member's own running hold, made by an earlier request whose answer was lost (a 503 from the
 * gateway's timeout); the member cancels it as usual, as a retrying client would. Target on two
 * cores: at least 1,500 holds/s with p99 at most 100 ms and no errors (the {@code hold} request in
 * the report).
 *
 * <p>{@code ./mvnw -B -Pload-tests -pl load-tests gatling:test
 * -Dgatling.simulationClass=dev.rallypoint.load.courts.DistinctSlotHoldSimulation -DadminPassword=...}
 * ({@code members}, default 200 concurrent members; {@code seconds}, default 60; {@code paceMillis},
 * default 100: each member holds at most ten times a second, so 200 members offer up to 2,000 holds/s
 * while each stays below the gateway's limit of 50 requests/s per user).
 */
public class DistinctSlotHoldSimulation extends Simulation {

    static final int MEMBERS = Platform.members(200);

    static final int SECONDS = Integer.getInteger("seconds", 60);

    /** Each member starts at most one hold every this many milliseconds (keeps members under the gateway's per-user limit). */
    static final int PACE_MILLIS = Integer.getInteger("paceMillis", 100);

    static final int COURTS = Math.max(1, (MEMBERS + 23) / 24);

    final List<String> tokens = Platform.memberTokens(MEMBERS);

    final List<String> courts = Platform.clubWithCourts(Platform.adminToken(), COURTS);

    final AtomicInteger next = new AtomicInteger();

    /** Member i holds court i / 24 at hour i % 24, the day after tomorrow. */
    final Iterator<Map<String, Object>> lanes = new Iterator<>() {
        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Map<String, Object> next() {
            int i = next.getAndIncrement() % MEMBERS;
            int hour = i % 24;
            return Map.of("token", tokens.get(i), "courtId", courts.get(i / 24),
                    "startsAt", Platform.slot(2, hour), "endsAt", Platform.slot(hour == 23 ? 3 : 2, (hour + 1) % 24));
        }
    };

    final HttpProtocolBuilder protocol = http.baseUrl(Platform.GATEWAY)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections();

    final ScenarioBuilder holds = scenario("holds on distinct slots")
            .feed(lanes)
            .during(Duration.ofSeconds(SECONDS)).on(
                    pace(Duration.ofMillis(PACE_MILLIS))
                    // a failed hold has nothing to cancel: the member goes on to its next hold
                    .exitBlockOnFail().on(
                            exec(http("hold").post("/api/v1/reservations")
                                    .header("Authorization", "Bearer #{token}")
                                    .body(StringBody("{\"courtId\":\"#{courtId}\",\"startsAt\":\"#{startsAt}\",\"endsAt\":\"#{endsAt}\"}"))
                                    .check(status().in(200, 201), jsonPath("$.id").saveAs("reservationId")))
                            .exec(http("cancel").post("/api/v1/reservations/#{reservationId}/cancellation")
                                    .header("Authorization", "Bearer #{token}")
                                    .check(status().is(200)))));

    {
        setUp(holds.injectOpen(atOnceUsers(MEMBERS)))
                .protocols(protocol)
                .assertions(
                        global().failedRequests().count().is(0L),
                        details("hold").responseTime().percentile(99.0).lte(100),
                        details("hold").requestsPerSec().gte(1500.0));
    }
}
