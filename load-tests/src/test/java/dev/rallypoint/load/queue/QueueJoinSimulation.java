package dev.rallypoint.load.queue;

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
import java.util.List;
import java.util.Map;

/**
 * Joins through the gateway at {@code rate} per second (default 3,000) for {@code seconds} (default
 * 30) after a 10 s ramp. Every join is a new (member, gate) pair while there are pairs left:
 * {@code members} members × {@code gates} gates (default 500 × 200 = 100,000). Passes with 0 failed
 * requests and a mean of at least 3,000 joins a second over the constant phase (see the report's
 * requests per second).
 */
public class QueueJoinSimulation extends Simulation {

    static final int MEMBERS = Platform.members(500);

    static final int RATE = Integer.getInteger("rate", 3_000);

    static final int SECONDS = Integer.getInteger("seconds", 30);

    static final int GATES = Integer.getInteger("gates", 200);

    static volatile List<String> members = List.of();

    static volatile List<String> gates = List.of();

    static volatile String admin;

    HttpProtocolBuilder protocol = http.baseUrl(Platform.GATEWAY).acceptHeader("application/json")
            .shareConnections();

    ScenarioBuilder join = scenario("join")
            .feed(Platform.rows(i -> Map.of(
                    "member", members.get(i % members.size()),
                    "gate", gates.get((i / members.size()) % gates.size()))))
            .exec(http("join").post("/api/v1/queue/#{gate}/tokens")
                    .header("Authorization", "Bearer #{member}")
                    .check(status().in(200, 201)));

    {
        setUp(join.injectOpen(rampUsersPerSec(100).to(RATE).during(10), constantUsersPerSec(RATE).during(SECONDS)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        members = Platform.memberTokens(MEMBERS);
        admin = Platform.adminToken();
        gates = Gates.openPaused(admin, GATES);
    }

    @Override
    public void after() {
        Gates.close(gates, admin);
    }
}
