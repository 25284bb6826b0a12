package dev.rallypoint.load.queue;

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

/**
 * Position polls through the gateway at {@code rate} per second (default 5,000) for {@code seconds}
 * (default 30) after a 10 s ramp, over the queue tokens of {@code members} members at {@code gates}
 * gates (default 500 × 4 = 2,000 tickets, joined before the measurement). Passes with 0 failed
 * requests; the report's requests per second over the constant phase is the result.
 */
public class QueuePollSimulation extends Simulation {

    static final int MEMBERS = Platform.members(500);

    static final int RATE = Integer.getInteger("rate", 5_000);

    static final int SECONDS = Integer.getInteger("seconds", 30);

    static final int GATES = Integer.getInteger("gates", 4);

    record Ticket(String member, String gate, String token) {
    }

    static volatile List<Ticket> tickets = List.of();

    static volatile List<String> gates = List.of();

    static volatile String admin;

    HttpProtocolBuilder protocol = http.baseUrl(Platform.GATEWAY).acceptHeader("application/json")
            .shareConnections();

    ScenarioBuilder poll = scenario("poll")
            .feed(Platform.rows(i -> {
                Ticket ticket = tickets.get(i % tickets.size());
                return Map.of("member", ticket.member(), "gate", ticket.gate(), "token", ticket.token());
            }))
            .exec(http("poll").get("/api/v1/queue/#{gate}/tokens/#{token}")
                    .header("Authorization", "Bearer #{member}")
                    .check(status().is(200), jsonPath("$.status").exists()));

    {
        setUp(poll.injectOpen(rampUsersPerSec(100).to(RATE).during(10), constantUsersPerSec(RATE).during(SECONDS)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        List<String> members = Platform.memberTokens(MEMBERS);
        admin = Platform.adminToken();
        gates = Gates.openPaused(admin, GATES);
        List<Ticket> joined = new ArrayList<>(Platform.parallel(members.size() * gates.size(), i -> {
            String member = members.get(i % members.size());
            String gate = gates.get(i / members.size());
            return new Ticket(member, gate, Gates.join(gate, member));
        }));
        Collections.shuffle(joined);
        tickets = List.copyOf(joined);
        System.out.println("joined " + tickets.size() + " tickets");
    }

    @Override
    public void after() {
        Gates.close(gates, admin);
    }
}
