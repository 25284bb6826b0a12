package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.reservation.Reservation;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The members' reliability records: one outcome per reservation (check-in or no-show) and the online
 * booking suspensions the no-shows caused. Written in the transaction that records the outcome.
 */
@Component
class AttendanceRecords {

    private final JdbcClient jdbc;

    AttendanceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Reservation reservation, Outcome outcome, Instant at) {
        jdbc.sql("""
                insert into attendance (reservation_id, member_id, club_id, outcome, starts_at, recorded_at)
                values (?, ?, ?, ?, ?, ?) on conflict (reservation_id) do nothing""")
                .params(reservation.id(), reservation.memberId(), reservation.clubId(), outcome.name(),
                        Timestamp.from(reservation.range().start()), Timestamp.from(at))
                .update();
    }

    /** A member's no-shows in a club recorded since {@code since}. */
    int noShowsSince(UUID memberId, UUID clubId, Instant since) {
        return jdbc.sql("""
                select count(*) from attendance
                where member_id = ? and club_id = ? and outcome = 'NO_SHOW' and recorded_at >= ?""")
                .params(memberId, clubId, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    void suspend(UUID memberId, UUID clubId, Instant until, int noShows) {
        jdbc.sql("""
                insert into booking_suspension (member_id, club_id, suspended_until, no_shows) values (?, ?, ?, ?)
                on conflict (member_id, club_id) do update
                set suspended_until = greatest(booking_suspension.suspended_until, excluded.suspended_until),
                    no_shows = excluded.no_shows""")
                .params(memberId, clubId, Timestamp.from(until), noShows)
                .update();
    }

    /** Until when the member's online booking in the club is suspended, if it is at {@code now}. */
    Optional<Instant> suspendedUntil(UUID memberId, UUID clubId, Instant now) {
        return jdbc.sql("""
                select suspended_until from booking_suspension
                where member_id = ? and club_id = ? and suspended_until > ?""")
                .params(memberId, clubId, Timestamp.from(now))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** The member's record, across clubs or in one club ({@code clubId} not {@code null}). */
    Reliability of(UUID memberId, UUID clubId, Instant now) {
        record Counts(long checkIns, long noShows) {
        }
        Counts counts = jdbc.sql("""
                select count(*) filter (where outcome = 'CHECKED_IN') as check_ins,
                       count(*) filter (where outcome = 'NO_SHOW') as no_shows
                from attendance where member_id = :member and (cast(:club as uuid) is null or club_id = :club)""")
                .param("member", memberId)
                .param("club", clubId)
                .query((row, n) -> new Counts(row.getLong("check_ins"), row.getLong("no_shows")))
                .single();
        List<Reliability.Suspension> suspensions = jdbc.sql("""
                select club_id, suspended_until, no_shows from booking_suspension
                where member_id = :member and (cast(:club as uuid) is null or club_id = :club) and suspended_until > :now
                order by club_id""")
                .param("member", memberId)
                .param("club", clubId)
                .param("now", Timestamp.from(now))
                .query((row, n) -> new Reliability.Suspension(row.getObject("club_id", UUID.class),
                        row.getTimestamp("suspended_until").toInstant(), row.getInt("no_shows")))
                .list();
        return new Reliability(memberId, counts.checkIns(), counts.noShows(), suspensions);
    }

    enum Outcome {
        CHECKED_IN, NO_SHOW
    }
}
