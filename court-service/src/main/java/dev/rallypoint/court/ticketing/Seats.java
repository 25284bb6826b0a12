package dev.rallypoint.court.ticketing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The seat rows of event dates, changed only by conditional statements: each names the state it
 * expects, so a seat moves only from the state its caller saw, and the database decides races. Runs
 * inside the caller's transaction.
 */
@Component
class Seats {

    private final JdbcClient jdbc;

    Seats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts seats 1 to {@code count} of a new date on sale. */
    void open(EventDate date, ZoneId zone) {
        jdbc.sql("""
                insert into seat (event_date_id, seat_number, time_zone, status)
                select :date, n, :zone, 'AVAILABLE' from generate_series(1, :count) n""")
                .param("date", date.id()).param("zone", zone.getId()).param("count", date.seatCount())
                .update();
    }

    /**
     * Takes a seat that is for sale (or whose hold ran out) for a reservation. A seat another
     * transaction is taking right now is skipped rather than waited for: that racer loses at once.
     *
     * @return whether the seat was taken
     */
    boolean take(UUID dateId, int seatNumber, UUID reservationId, Instant heldUntil, Instant now) {
        return jdbc.sql("""
                update seat set status = 'HELD', reservation_id = :reservation, held_until = :until, canceled_at = null
                where (event_date_id, seat_number) in (
                    select event_date_id, seat_number from seat
                    where event_date_id = :date and seat_number = :seat
                      and (status = 'AVAILABLE' or (status = 'HELD' and held_until <= :now))
                    for update skip locked)""")
                .param("reservation", reservationId).param("until", Timestamp.from(heldUntil))
                .param("date", dateId).param("seat", seatNumber).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Holds the reservation's seat until {@code until}; {@code null} while its payment is awaited. */
    void holdUntil(SeatReservation reservation, Instant until) {
        move(reservation, "HELD", "HELD", until == null ? null : Timestamp.from(until), null);
    }

    /** The reservation's seat is paid for. */
    void reserve(SeatReservation reservation) {
        move(reservation, "HELD", "RESERVED", null, null);
    }

    /** The reservation's held seat is for sale again. */
    void release(SeatReservation reservation) {
        jdbc.sql("""
                update seat set status = 'AVAILABLE', reservation_id = null, held_until = null
                where event_date_id = :date and seat_number = :seat and reservation_id = :reservation and status = 'HELD'""")
                .param("date", reservation.eventDateId()).param("seat", reservation.seatNumber())
                .param("reservation", reservation.id())
                .update();
    }

    /** The reservation's seat was given back; it waits for the next reopening. */
    void cancel(SeatReservation reservation, Instant now) {
        jdbc.sql("""
                update seat set status = 'CANCELED', reservation_id = null, held_until = null, canceled_at = :now
                where event_date_id = :date and seat_number = :seat and reservation_id = :reservation
                  and status in ('HELD', 'RESERVED')""")
                .param("now", Timestamp.from(now)).param("date", reservation.eventDateId())
                .param("seat", reservation.seatNumber()).param("reservation", reservation.id())
                .update();
    }

    /**
     * Takes every seat of a cancelled date off sale that no live reservation holds: seats for sale, seats
     * waiting for their reopening, and seats whose hold ran out. Their rows are locked until the
     * cancellation commits, so a hold racing it skips them and loses.
     */
    int withdrawUnsold(UUID dateId, Instant now) {
        return jdbc.sql("""
                update seat set status = 'WITHDRAWN', reservation_id = null, held_until = null, canceled_at = null
                where event_date_id = :date
                  and (status in ('AVAILABLE', 'CANCELED') or (status = 'HELD' and held_until <= :now))""")
                .param("date", dateId).param("now", Timestamp.from(now))
                .update();
    }

    /** The seat of a reservation settled with its cancelled date is off sale for good. */
    void withdraw(SeatReservation reservation) {
        jdbc.sql("""
                update seat set status = 'WITHDRAWN', reservation_id = null, held_until = null, canceled_at = null
                where event_date_id = :date and seat_number = :seat and reservation_id = :reservation""")
                .param("date", reservation.eventDateId()).param("seat", reservation.seatNumber())
                .param("reservation", reservation.id())
                .update();
    }

    private void move(SeatReservation reservation, String from, String to, Timestamp heldUntil, Timestamp canceledAt) {
        int moved = jdbc.sql("""
                update seat set status = :to, held_until = :until, canceled_at = :canceled
                where event_date_id = :date and seat_number = :seat and reservation_id = :reservation and status = :from""")
                .param("to", to).param("until", heldUntil).param("canceled", canceledAt)
                .param("date", reservation.eventDateId()).param("seat", reservation.seatNumber())
                .param("reservation", reservation.id()).param("from", from)
                .update();
        if (moved != 1) {
            throw new IllegalStateException("Seat " + reservation.seatNumber() + " of date " + reservation.eventDateId()
                    + " is not " + from + " for reservation " + reservation.id());
        }
    }

    /** The seat map of a date as buyers see it: a hold that ran out is a seat for sale. */
    List<SeatView> mapOf(UUID dateId, Instant now) {
        return jdbc.sql("""
                select seat_number,
                       case when status = 'HELD' and held_until <= :now then 'AVAILABLE' else status end as status
                from seat where event_date_id = :date order by seat_number""")
                .param("date", dateId).param("now", Timestamp.from(now))
                .query((row, index) -> new SeatView(row.getInt(1), SeatStatus.valueOf(row.getString(2))))
                .list();
    }

    /** Seats for sale per date. */
    Map<UUID, Long> availableOn(List<UUID> dateIds, Instant now) {
        if (dateIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select event_date_id, count(*) from seat
                where event_date_id in (:dates) and (status = 'AVAILABLE' or (status = 'HELD' and held_until <= :now))
                group by event_date_id""")
                .param("dates", dateIds).param("now", Timestamp.from(now))
                .query((row, index) -> Map.entry(row.getObject(1, UUID.class), row.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
