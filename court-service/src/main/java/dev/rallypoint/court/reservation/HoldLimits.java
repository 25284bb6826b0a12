package dev.rallypoint.court.reservation;

import dev.rallypoint.court.club.BookableCourt;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How much a member may hold at once, by the club's booking rules: unpaid holds that still run (in any
 * club) and active reservations in the club that have not ended. Both are counted in one query over
 * the member's live reservations only (index {@code reservation_member_live}), not their history.
 * Callers serialize a member's holds first, so the limits cannot be raced past.
 */
@Component
class HoldLimits {

    private final JdbcClient jdbc;

    HoldLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses a new hold of the court by the member when it would pass one of the limits. */
    void check(UUID memberId, BookableCourt court, Instant now) {
        Counts counts = jdbc.sql("""
                select count(*) filter (where status = 'HELD' and held_until > :now) as holds,
                       count(*) filter (where club_id = :club and ends_at > :now
                                          and not (status = 'HELD' and held_until <= :now)) as upcoming
                from reservation
                where member_id = :member and status in ('HELD', 'PAYMENT_PENDING', 'CONFIRMED')
                  and (ends_at > :now or status = 'HELD' and held_until > :now)""")
                .param("member", memberId)
                .param("club", court.clubId())
                .param("now", Timestamp.from(now))
                .query((row, number) -> new Counts(row.getInt("holds"), row.getInt("upcoming")))
                .single();
        if (counts.holds() >= court.rules().maxActiveHolds()) {
            throw new TooManyHolds(court.rules().maxActiveHolds());
        }
        if (counts.upcoming() >= court.rules().maxActiveReservations()) {
            throw new TooManyReservations(court.rules().maxActiveReservations());
        }
    }

    private record Counts(int holds, int upcoming) {
    }
}
