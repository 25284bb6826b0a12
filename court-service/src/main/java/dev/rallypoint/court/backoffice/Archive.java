package dev.rallypoint.court.backoffice;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves finished reservations with their payments and refunds to the archive tables, each row whole
 * (as JSON, so a column added later is never lost) beside the columns reports filter on. One call
 * moves one chunk in the caller's transaction: copied and deleted together, or not at all; a row
 * already archived is not copied twice. Each table's rows are deleted and copied by one statement (the
 * deleted rows, returned, are what is inserted), refunds and payments before the reservations they
 * reference.
 */
@Component
class Archive {

    private final JdbcClient jdbc;

    private final Clock clock;

    Archive(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Moves the reservations (and what belongs to them); answers how many reservations moved. */
    int move(List<? extends UUID> reservationIds) {
        if (reservationIds.isEmpty()) {
            return 0;
        }
        List<UUID> ids = List.copyOf(reservationIds);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                with moved as (delete from refund where reservation_id in (:ids) returning *)
                insert into refund_archive (id, reservation_id, row_data, archived_at)
                select f.id, f.reservation_id, to_jsonb(f), :now from moved f
                on conflict (id) do nothing""")
                .param("ids", ids).param("now", now).update();
        jdbc.sql("""
                with moved as (delete from payment where reservation_id in (:ids) returning *)
                insert into payment_archive (id, reservation_id, status, amount, row_data, archived_at)
                select p.id, p.reservation_id, p.status, p.amount, to_jsonb(p), :now from moved p
                on conflict (id) do nothing""")
                .param("ids", ids).param("now", now).update();
        return jdbc.sql("""
                with moved as (delete from reservation where id in (:ids) returning *),
                     kept as (
                    insert into reservation_archive (id, club_id, court_id, member_id, starts_at, ends_at, status, price,
                        row_data, archived_at)
                    select r.id, r.club_id, r.court_id, r.member_id, r.starts_at, r.ends_at, r.status, r.price, to_jsonb(r), :now
                    from moved r
                    on conflict (id) do nothing)
                select count(*) from moved""")
                .param("ids", ids).param("now", now)
                .query(Integer.class)
                .single();
    }
}
