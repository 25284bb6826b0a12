package dev.rallypoint.court.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.Race;
import dev.rallypoint.test.TestTokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Many members race over real HTTP for one court's time: exactly one wins, the others get 409, none a 5xx. */
class ReservationRaceTests extends HttpTest {

    static final int RACERS = 200;

    static final int ROUNDS = 20;

    static final String OVERLAPPING_ACTIVE = """
            select count(*) from reservation a join reservation b
              on a.court_id = b.court_id and a.id < b.id
             and tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')
            where a.status in ('HELD', 'PAYMENT_PENDING', 'CONFIRMED') and b.status in ('HELD', 'PAYMENT_PENDING', 'CONFIRMED')""";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void exactlyOneOfTwoHundredConcurrentHoldsOnOneSlotWinsTwentyTimesOver() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        warmUp(api, club);
        double conflictsBefore = conflicts();
        for (int round = 0; round < ROUNDS; round++) {
            int days = 1 + round / 10;
            int hour = 8 + round % 10;
            List<String> members = tokens(RACERS);

            List<Api.Response> responses = Race.run(RACERS,
                    i -> api.post("/api/v1/reservations", members.get(i), Slots.body(club.courtId(), days, hour, hour + 1)));

            assertOneWinner(responses, "round " + round);
        }
        assertThat(jdbc.sql(OVERLAPPING_ACTIVE).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from reservation where court_id = :court and status = 'HELD'")
                .param("court", club.courtId()).query(Long.class).single()).isEqualTo(ROUNDS);
        assertThat(conflicts() - conflictsBefore).as("every loser is counted").isEqualTo(ROUNDS * (RACERS - 1));
    }

    private double conflicts() {
        return meters.find("rallypoint.reservations.conflicts").counters().stream().mapToDouble(Counter::count).sum();
    }

    @Test
    void partiallyOverlappingRangesAlsoLeaveExactlyOneWinner() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        warmUp(api, club);
        int[][] ranges = { { 10, 12 }, { 11, 13 }, { 11, 12 }, { 9, 12 }, { 11, 14 } };
        List<String> members = tokens(RACERS);

        List<Api.Response> responses = Race.run(RACERS, i -> api.post("/api/v1/reservations", members.get(i),
                Slots.body(club.courtId(), 2, ranges[i % ranges.length][0], ranges[i % ranges.length][1])));

        assertOneWinner(responses, "partial overlaps");
        assertThat(jdbc.sql(OVERLAPPING_ACTIVE).query(Long.class).single()).isZero();
    }

    @Test
    void adjacentRangesBothSucceed() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        List<String> members = tokens(2);

        List<Api.Response> responses = Race.run(2, i -> api.post("/api/v1/reservations", members.get(i),
                Slots.body(club.courtId(), 3, 10 + i, 11 + i)));

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.toString()).isEqualTo(201));
    }

    /** One hold and cancellation first, so that the race measures contention, not a cold start. */
    static void warmUp(Api api, Fixtures.TestClub club) {
        String token = TestTokens.member(UUID.randomUUID());
        Api.Response held = api.post("/api/v1/reservations", token, Slots.body(club.courtId(), 13, 6, 7));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        api.post(held.headers().firstValue("Location").orElseThrow() + "/cancellation", token, null);
    }

    static List<String> tokens(int count) {
        return IntStream.range(0, count).mapToObj(i -> TestTokens.member(UUID.randomUUID())).toList();
    }

    static void assertOneWinner(List<Api.Response> responses, String description) {
        Map<Integer, Integer> statuses = Race.statuses(responses);
        assertThat(statuses).as(description).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1, 409, responses.size() - 1));
        assertThat(responses).filteredOn(response -> response.status() == 409)
                .allSatisfy(response -> {
                    assertThat(response.isProblem()).isTrue();
                    assertThat(response.code()).isEqualTo("slot-taken");
                });
    }
}
