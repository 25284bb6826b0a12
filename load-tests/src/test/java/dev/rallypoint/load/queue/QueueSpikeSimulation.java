package dev.rallypoint.load.queue;

import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
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
 * A sale opens: {@code joins} (default 10,000) distinct (member, gate) joins arrive within
 * {@code seconds} (default 5) through the gateway. Passes with 0 failed requests (so 0 × 5xx) and
 * every join enqueued: after the run the gates' waiting counts, read from queue-service, must add
 * up to {@code joins} (printed; the run fails otherwise).
 */
public class QueueSpikeSimulation extends Simulation {

    static final int MEMBERS = Platform.members(500);

    static final int JOINS = Integer.getInteger("joins", 10_000);

    static final int SECONDS = Integer.getInteger("seconds", 5);

    static volatile List<String> members = List.of();

    static volatile List<String> gates = List.of();

    static volatile String admin;

    HttpProtocolBuilder protocol = http.baseUrl(Platform.GATEWAY).acceptHeader("application/json")
            .shareConnections();

    ScenarioBuilder spike = scenario("spike")
            .feed(Platform.rows(i -> Map.of(
                    "member", members.get(i % members.size()),
                    "gate", gates.get(i / members.size()))))
            .exec(http("join").post("/api/v1/queue/#{gate}/tokens")
                    .header("Authorization", "Bearer #{member}")
                    .check(status().is(201)));

    {
        setUp(spike.injectOpen(rampUsers(JOINS).during(SECONDS)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L), forAll().failedRequests().percent().is(0.0));
    }

    @Override
    public void before() {
        members = Platform.memberTokens(MEMBERS);
        admin = Platform.adminToken();
        gates = Gates.openPaused(admin, (JOINS + members.size() - 1) / members.size());
    }

    @Override
    public void after() {
        long enqueued = gates.stream().mapToLong(gate -> Gates.waiting(gate, admin)).sum();
        System.out.println("enqueued " + enqueued + " of " + JOINS + " joins");
        Gates.close(gates, admin);
        if (enqueued != JOINS) {
            throw new IllegalStateException("only " + enqueued + " of " + JOINS + " joins were enqueued");
        }
    }
}
