package dev.rallypoint.court.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.Race;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * With the Redis guard switched off, the exclusion constraint alone still prevents the double booking.
 * Every loser then needs a database connection: 200 of them queue for the pool of 10 as they would in
 * production, with production's 30 s pool timeout rather than the shorter one of the other tests.
 */
@TestPropertySource(properties = { "rallypoint.reservations.lock.enabled=false",
        "spring.datasource.hikari.connection-timeout=30000" })
class DatabaseGuardTests extends HttpTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theExclusionConstraintAloneAnswers409ToEveryLoser() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        ReservationRaceTests.warmUp(api, club);
        for (int round = 0; round < 3; round++) {
            int hour = 10 + round;
            List<String> members = ReservationRaceTests.tokens(ReservationRaceTests.RACERS);

            List<Api.Response> responses = Race.run(ReservationRaceTests.RACERS,
                    i -> api.post("/api/v1/reservations", members.get(i), Slots.body(club.courtId(), 1, hour, hour + 1)));

            ReservationRaceTests.assertOneWinner(responses, "round " + round);
        }
        assertThat(jdbc.sql(ReservationRaceTests.OVERLAPPING_ACTIVE).query(Long.class).single()).isZero();
    }
}
