package dev.rallypoint.court.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.Race;
import dev.rallypoint.test.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A burst of members on one popular slot, over real HTTP: exactly one 201, every other request a 409,
 * no 5xx, and the losers are turned away by the Redis guards without taking a database connection.
 * A hold whose caller has given up (its deadline passed) is refused before any work.
 */
class HoldBurstTests extends HttpTest {

    static final int MEMBERS = 300;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void threeHundredMembersOnOneSlotGetOneHoldAndConflictsWithoutCostingDatabaseConnections() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        ReservationRaceTests.warmUp(api, club);
        List<String> members = ReservationRaceTests.tokens(MEMBERS);
        long acquiredBefore = connectionsAcquired();

        List<Api.Response> responses = Race.run(MEMBERS,
                i -> api.post("/api/v1/reservations", members.get(i), Slots.body(club.courtId(), 4, 10, 11)));

        ReservationRaceTests.assertOneWinner(responses, "one slot, " + MEMBERS + " members");
        long acquired = connectionsAcquired() - acquiredBefore;
        assertThat(acquired).as("database connections taken during the burst (the winner, background sweeps)")
                .isLessThan(MEMBERS / 5);
        assertThat(jdbc.sql(ReservationRaceTests.OVERLAPPING_ACTIVE).query(Long.class).single()).isZero();
    }

    @Test
    void aHoldWhoseCallerHasGivenUpIsRefusedWith504AndStoresNothing() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        UUID member = UUID.randomUUID();

        HttpResponse<String> late = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/reservations"))
                .header("Authorization", "Bearer " + TestTokens.member(member))
                .header("Content-Type", "application/json")
                .header("X-Request-Deadline", Long.toString(System.currentTimeMillis() - 1))
                .POST(HttpRequest.BodyPublishers.ofString(Slots.body(club.courtId(), 4, 12, 13)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(late.statusCode()).isEqualTo(504);
        assertThat(late.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(late.body()).contains("\"code\":\"deadline-exceeded\"");
        assertThat(jdbc.sql("select count(*) from reservation where member_id = ?").param(member)
                .query(Long.class).single()).isZero();
    }

    private long connectionsAcquired() {
        assertThat(meters.find("hikaricp.connections.acquire").timers()).as("the pool's metrics").isNotEmpty();
        return meters.find("hikaricp.connections.acquire").timers().stream().mapToLong(Timer::count).sum();
    }
}
