package dev.rallypoint.court.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database's own guard, written to directly: no two active reservations of a court overlap. */
class ExclusionConstraintTests extends HttpTest {

    @Autowired
    JdbcClient jdbc;

    Fixtures.TestClub club;

    @BeforeEach
    void club() {
        club = Fixtures.club(api(), "UTC");
    }

    @Test
    void refusesAnOverlappingActiveReservation() {
        insert(10, 12, "HELD");

        assertThat(sqlStateOf(() -> insert(11, 13, "CONFIRMED"))).isEqualTo("23P01");
        assertThat(sqlStateOf(() -> insert(9, 11, "PAYMENT_PENDING"))).isEqualTo("23P01");
        assertThat(sqlStateOf(() -> insert(10, 12, "HELD"))).isEqualTo("23P01");
    }

    @Test
    void letsAdjacentAndInactiveReservationsBe() {
        insert(10, 12, "CONFIRMED");

        insert(12, 13, "HELD");
        insert(9, 10, "HELD");
        insert(10, 12, "CANCELLED");
        insert(10, 12, "EXPIRED");

        assertThat(jdbc.sql("select count(*) from reservation where court_id = :court").param("court", club.courtId())
                .query(Long.class).single()).isEqualTo(5);
    }

    private void insert(int fromHour, int toHour, String status) {
        Instant now = Instant.now();
        jdbc.sql("""
                insert into reservation (id, court_id, club_id, member_id, starts_at, ends_at, status, price, held_until,
                                         created_at, updated_at, version)
                values (:id, :court, :club, :member, :start, :end, :status, 0, :now, :now, :now, 0)""")
                .param("id", UUID.randomUUID()).param("court", club.courtId()).param("club", club.clubId())
                .param("member", UUID.randomUUID()).param("start", java.sql.Timestamp.from(Slots.at(10, fromHour)))
                .param("end", java.sql.Timestamp.from(Slots.at(10, toHour))).param("status", status)
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }

    private static String sqlStateOf(Runnable statement) {
        Throwable[] failure = new Throwable[1];
        assertThatThrownBy(statement::run).satisfies(ex -> failure[0] = ex);
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure[0]);
        return cause instanceof SQLException sql ? sql.getSQLState() : cause.toString();
    }
}
