package dev.rallypoint.load.courts;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Benchmark (a): a court's availability for a date, read through the gateway with a member's JWT.
 * Target on two cores: at least 3,000 requests/s with p99 at most 50 ms.
 *
 * <p>{@code ./mvnw -B -Pload-tests -pl load-tests gatling:test
 * -Dgatling.simulationClass=dev.rallypoint.load.courts.AvailabilityReadSimulation -DadminPassword=...}
 * (settings in {@link Platform}; {@code rate} requests/s, default 3000, for {@code seconds}, default 60;
 * {@code members}, default 100, share the load so the gateway's per-user rate limit is not what is measured).
 */
public class AvailabilityReadSimulation extends Simulation {

    static final int RATE = Integer.getInteger("rate", 3000);

    static final int SECONDS = Integer.getInteger("seconds", 60);

    static final int MEMBERS = Platform.members(100);

    static final int COURTS = 10;

    static final int DAYS = 7;

    final List<String> tokens = Platform.memberTokens(MEMBERS);

    final List<String> courts = Platform.clubWithCourts(Platform.adminToken(), COURTS);

    final Iterator<Map<String, Object>> reads = Stream.generate(() -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Map.<String, Object>of(
                "token", tokens.get(random.nextInt(tokens.size())),
                "courtId", courts.get(random.nextInt(courts.size())),
                "date", Platform.date(random.nextInt(DAYS)));
    }).iterator();

    final HttpProtocolBuilder protocol = http.baseUrl(Platform.GATEWAY)
            .acceptHeader("application/json")
            .shareConnections();

    final ScenarioBuilder read = scenario("availability")
            .feed(reads)
            .exec(http("availability").get("/api/v1/courts/#{courtId}/availability?date=#{date}")
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200)));

    {
        setUp(read.injectOpen(
                rampUsersPerSec(10).to(RATE).during(Duration.ofSeconds(10)),
                constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .assertions(
                        global().successfulRequests().percent().is(100.0),
                        global().responseTime().percentile(99.0).lte(50),
                        global().requestsPerSec().gte((double) RATE * 0.95));
    }
}
