package dev.rallypoint.court.backoffice;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Confirmed, paid reservations written straight into the tables, as the payment saga leaves them: the
 * back office starts where the saga ends, and its tests need times in the past too.
 */
final class Booked {

    private final JdbcClient jdbc;

    Booked(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A confirmed reservation of an hour from {@code start}, paid {@code price} points; answers its id. */
    UUID confirmed(UUID clubId, UUID courtId, UUID memberId, Instant start, long price) {
        return reservation(clubId, courtId, memberId, start, price, "CONFIRMED", start.minus(Duration.ofDays(1)));
    }

    UUID reservation(UUID clubId, UUID courtId, UUID memberId, Instant start, long price, String status, Instant createdAt) {
        UUID id = UUID.randomUUID();
        Timestamp created = Timestamp.from(createdAt);
        jdbc.sql("""
                insert into reservation (id, court_id, club_id, member_id, starts_at, ends_at, status, price, held_until,
                    created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, courtId, clubId, memberId, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(1))),
                        status, price, created, created, created)
                .update();
        if (price > 0 && !status.equals("CANCELLED")) {
            jdbc.sql("""
                    insert into payment (id, reservation_id, payer_id, amount, status, requested_at, answer_due, settled_at, version)
                    values (?, ?, ?, ?, 'SUCCEEDED', ?, ?, ?, 0)""")
                    .params(UUID.randomUUID(), id, memberId, price, created, created, created)
                    .update();
        }
        return id;
    }

    String status(UUID reservationId) {
        return jdbc.sql("select status from reservation where id = ?").param(reservationId).query(String.class).single();
    }

    /** Points refunded for a reservation, and why. */
    long refunded(UUID reservationId, String reason) {
        return jdbc.sql("select coalesce(sum(amount), 0) from refund where reservation_id = ? and reason = ?")
                .params(reservationId, reason)
                .query(Long.class)
                .single();
    }
}
