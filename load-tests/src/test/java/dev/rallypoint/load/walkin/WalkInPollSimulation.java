package dev.rallypoint.load.walkin;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import dev.rallypoint.load.Platform;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Walk-in status polls through the gateway, the seed's hot read: {@code clubs} clubs (default 200) with
 * {@code parties} parties each (default 20) registered before the measurement by {@code members}
 * members (default 200, each waiting at {@code clubs × parties / members} clubs so that no member
 * exceeds the gateway's per-user budget), then {@code rate} polls per second (default 3,000) for
 * {@code seconds} (default 30) after a 10 s ramp. Passes with 0 failed requests and p99 ≤ 50 ms.
 * Not run as part of the build: it needs the platform up (docs/benchmarks.md).
 */
public class WalkInPollSimulation extends Simulation {

    static final int CLUBS = Integer.getInteger("clubs", 200);

    static final int PARTIES = Integer.getInteger("parties", 20);

    static final int MEMBERS = Platform.members(200);

    static final int RATE = Integer.getInteger("rate", 3_000);

    static final int SECONDS = Integer.getInteger("seconds", 30);

    static final Pattern CLUB_ID = Pattern.compile("\"clubId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    record Party(String member, String club, String walkIn) {
    }

    static volatile List<Party> parties = List.of();

    HttpProtocolBuilder protocol = http.baseUrl(Platform.GATEWAY).acceptHeader("application/json").shareConnections();

    ScenarioBuilder poll = scenario("walk-in status")
            .feed(Platform.rows(i -> {
                Party party = parties.get(i % parties.size());
                return Map.of("member", party.member(), "club", party.club(), "walkIn", party.walkIn());
            }))
            .exec(http("status").get("/api/v1/clubs/#{club}/walk-ins/#{walkIn}")
                    .header("Authorization", "Bearer #{member}")
                    .check(status().is(200), jsonPath("$.position").exists()));

    {
        setUp(poll.injectOpen(rampUsersPerSec(100).to(RATE).during(10), constantUsersPerSec(RATE).during(SECONDS)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L),
                        global().responseTime().percentile(99.0).lte(50));
    }

    @Override
    public void before() {
        String admin = Platform.adminToken();
        List<String> members = Platform.memberTokens(MEMBERS);
        List<String> clubs = Platform.parallel(CLUBS, i -> Platform.extract(CLUB_ID,
                Platform.get(Platform.GATEWAY + "/api/v1/courts/" + Platform.clubWithCourts(admin, 1).getFirst(), null)));
        List<Party> registered = new ArrayList<>(Platform.parallel(CLUBS * PARTIES, i -> {
            String club = clubs.get(i % CLUBS);
            String member = members.get((i / CLUBS + (i % CLUBS) * PARTIES) % members.size());
            String walkIn = Platform.extract(ID, Platform.post(Platform.GATEWAY + "/api/v1/clubs/" + club + "/walk-ins",
                    member, "{\"partySize\":2}"));
            return new Party(member, club, walkIn);
        }));
        Collections.shuffle(registered);
        parties = List.copyOf(registered);
        System.out.println("registered " + parties.size() + " walk-in parties at " + clubs.size() + " clubs");
    }
}
