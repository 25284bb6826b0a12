package dev.rallypoint.load.courts;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import dev.rallypoint.load.Platform;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Benchmark (c): 1,000 members hold the same slot at once through the gateway. Target: every request
 * answered within 1 s, exactly one 201 and 409 for all others, and at most one database write: the
 * winner's insert. The last is read from court-service's metrics before and after the race
 * ({@code rallypoint_reservations_holds_total} grows by one,
 * {@code rallypoint_reservations_conflicts_total{guard="database"}}, the losers that reached the
 * database, by zero) and printed with the outcome.
 *
 * <p>{@code ./mvnw -B -Pload-tests -pl load-tests gatling:test
 * -Dgatling.simulationClass=dev.rallypoint.load.courts.OneSlotRaceSimulation -DadminPassword=...}
 * ({@code racers}, default 1000, sent by {@code members}, default 100, distinct members, which keeps
 * every member within the gateway's per-user burst).
 */
public class OneSlotRaceSimulation extends Simulation {

    static final int RACERS = Integer.getInteger("racers", 1000);

    static final int MEMBERS = Platform.members(100);

    final List<String> tokens = Platform.memberTokens(MEMBERS);

    final String courtId = Platform.clubWithCourts(Platform.adminToken(), 1).getFirst();

    final String startsAt = Platform.slot(1, 18);

    final String endsAt = Platform.slot(1, 19);

    final AtomicInteger next = new AtomicInteger();

    final Map<Integer, LongAdder> outcomes = new ConcurrentHashMap<>();

    double holdsBefore;

    double databaseConflictsBefore;

    final Iterator<Map<String, Object>> racers = new Iterator<>() {
        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Map<String, Object> next() {
            return Map.of("token", tokens.get(next.getAndIncrement() % tokens.size()));
        }
    };

    final HttpProtocolBuilder protocol = http.baseUrl(Platform.GATEWAY)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json");

    final ScenarioBuilder race = scenario("one slot, many members")
            .feed(racers)
            .exec(http("hold").post("/api/v1/reservations")
                    .header("Authorization", "Bearer #{token}")
                    .body(StringBody("{\"courtId\":\"" + courtId + "\",\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"" + endsAt + "\"}"))
                    .check(status().in(201, 409).saveAs("status")))
            .exec(session -> {
                outcomes.computeIfAbsent(session.contains("status") ? session.getInt("status") : -1, status -> new LongAdder())
                        .increment();
                return session;
            });

    {
        setUp(race.injectOpen(atOnceUsers(RACERS)))
                .protocols(protocol)
                .assertions(
                        global().failedRequests().count().is(0L),
                        global().responseTime().max().lte(1000));
    }

    @Override
    public void before() {
        holdsBefore = Platform.metric(Platform.COURT_SERVICE, "rallypoint_reservations_holds_total", null);
        databaseConflictsBefore = Platform.metric(Platform.COURT_SERVICE, "rallypoint_reservations_conflicts_total", "guard=\"database\"");
    }

    @Override
    public void after() {
        double holds = Platform.metric(Platform.COURT_SERVICE, "rallypoint_reservations_holds_total", null) - holdsBefore;
        double databaseConflicts = Platform.metric(Platform.COURT_SERVICE, "rallypoint_reservations_conflicts_total", "guard=\"database\"")
                - databaseConflictsBefore;
        long winners = count(201);
        System.out.printf("%nONE SLOT RACE: %d requests, 201 x %d, 409 x %d, other x %d; reservations written %.0f, "
                        + "losers that reached the database %.0f -> %s%n", RACERS, winners, count(409),
                RACERS - winners - count(409), holds, databaseConflicts,
                winners == 1 && count(409) == RACERS - 1 && holds == 1 && databaseConflicts == 0 ? "PASS" : "FAIL");
    }

    private long count(int status) {
        LongAdder adder = outcomes.get(status);
        return adder == null ? 0 : adder.sum();
    }
}
