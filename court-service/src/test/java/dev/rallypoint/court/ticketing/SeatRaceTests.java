package dev.rallypoint.court.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.Race;
import dev.rallypoint.test.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two hundred members race over real HTTP for one seat: exactly one wins, the others get 409, none a 5xx. */
class SeatRaceTests extends HttpTest {

    static final int RACERS = 200;

    @Autowired
    JdbcClient jdbc;

    @Test
    void exactlyOneOfTwoHundredConcurrentHoldsOnOneSeatWins() throws Exception {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "Asia/Seoul"), 50, 30_000, 3);
        for (int seat : new int[] { 1, 25, 50 }) {
            List<String> members = IntStream.range(0, RACERS).mapToObj(i -> TestTokens.member(UUID.randomUUID())).toList();

            List<Api.Response> responses = Race.run(RACERS, i -> api.post(event.hold(seat), members.get(i), null));

            Map<Integer, Integer> statuses = new TreeMap<>();
            responses.forEach(response -> statuses.merge(response.status(), 1, Integer::sum));
            assertThat(statuses).as("seat " + seat).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1, 409, RACERS - 1));
            assertThat(responses).filteredOn(response -> response.status() == 409).allSatisfy(response -> {
                assertThat(response.isProblem()).isTrue();
                assertThat(response.code()).isEqualTo("seat-taken");
            });
            String winner = responses.stream().filter(response -> response.status() == 201).findFirst().orElseThrow()
                    .json().path("id").asString();
            assertThat(jdbc.sql("""
                    select count(*) from seat_reservation
                    where event_date_id = :date and seat_number = :seat and status = 'HELD'""")
                    .param("date", event.dateId()).param("seat", seat).query(Long.class).single()).isOne();
            assertThat(jdbc.sql("select reservation_id::text from seat where event_date_id = :date and seat_number = :seat")
                    .param("date", event.dateId()).param("seat", seat).query(String.class).single()).isEqualTo(winner);
        }
        Api.Response dates = api.get("/api/v1/events/" + event.eventId() + "/dates", null);
        assertThat(dates.json().get(0).path("available").asLong()).isEqualTo(47);
    }
}
