package dev.rallypoint.court.backoffice;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts a report's numbers in SQL over the live and the archived reservations (and their payments
 * and refunds) that start in the period; the club's zone decides the weekday and hour of a time.
 */
@Component
class ReportQueries {

    /**
     * The reservations of the scope starting in the period, live or archived ({@code r}), the succeeded
     * payments ({@code paid}) and the refunds ({@code refunded}) of those reservations with the
     * reservation's member and status. A reservation moves to the archive with its payments and refunds
     * in one transaction, so a live reservation's are live and an archived one's archived: each is joined
     * within its own table pair, which the planner sizes by the period (the archive only grows, and a
     * report must not read all of it).
     */
    private static final String RESERVATIONS = """
            with r as (
                select id, club_id, court_id, member_id, starts_at, ends_at, status from reservation
                where starts_at >= :from and starts_at < :to and (cast(:club as uuid) is null or club_id = :club)
                union all
                select id, club_id, court_id, member_id, starts_at, ends_at, status from reservation_archive
                where starts_at >= :from and starts_at < :to and (cast(:club as uuid) is null or club_id = :club)
            ),
            paid as (
                select r.member_id, r.status, p.amount from reservation r join payment p on p.reservation_id = r.id
                where p.status = 'SUCCEEDED'
                  and r.starts_at >= :from and r.starts_at < :to and (cast(:club as uuid) is null or r.club_id = :club)
                union all
                select r.member_id, r.status, p.amount from reservation_archive r join payment_archive p on p.reservation_id = r.id
                where p.status = 'SUCCEEDED'
                  and r.starts_at >= :from and r.starts_at < :to and (cast(:club as uuid) is null or r.club_id = :club)
            ),
            refunded as (
                select r.member_id, r.status, f.amount from reservation r join refund f on f.reservation_id = r.id
                where r.starts_at >= :from and r.starts_at < :to and (cast(:club as uuid) is null or r.club_id = :club)
                union all
                select r.member_id, r.status, (f.row_data ->> 'amount')::bigint
                from reservation_archive r join refund_archive f on f.reservation_id = r.id
                where r.starts_at >= :from and r.starts_at < :to and (cast(:club as uuid) is null or r.club_id = :club)
            )
            """;

    private static final String BOOKED = "('CONFIRMED', 'COMPLETED', 'NO_SHOW')";

    private static final String OCCUPYING = "('CONFIRMED', 'COMPLETED')";

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Report report(UUID clubId, String title, ReportPeriod period, ZoneId zone) {
        Map<String, Object> scope = Map.of("from", Timestamp.from(period.from(zone)), "to", Timestamp.from(period.to(zone)),
                "zone", zone.getId());
        record Totals(long bookings, long cancellations, long noShows, long paid, long refunded) {
        }
        Totals totals = jdbc.sql(RESERVATIONS + """
                select count(*) filter (where status in %s) as bookings,
                       count(*) filter (where status = 'CANCELLED') as cancellations,
                       count(*) filter (where status = 'NO_SHOW') as no_shows,
                       (select coalesce(sum(amount), 0) from paid) as paid,
                       (select coalesce(sum(amount), 0) from refunded) as refunded
                from r""".formatted(BOOKED))
                .params(scope).param("club", clubId)
                .query((row, n) -> new Totals(row.getLong("bookings"), row.getLong("cancellations"), row.getLong("no_shows"),
                        row.getLong("paid"), row.getLong("refunded")))
                .single();
        List<Report.CourtLine> courts = jdbc.sql(RESERVATIONS + """
                select c.id, c.name, count(*) as reservations,
                       sum(extract(epoch from r.ends_at - r.starts_at)) / 3600.0 as hours
                from r join court c on c.id = r.court_id
                where r.status in %s
                group by c.id, c.name order by c.name, c.id""".formatted(OCCUPYING))
                .params(scope).param("club", clubId)
                .query((row, n) -> new Report.CourtLine(row.getObject("id", UUID.class), row.getString("name"),
                        row.getLong("reservations"), row.getDouble("hours")))
                .list();
        long[][] occupancy = new long[7][24];
        jdbc.sql(RESERVATIONS + """
                select extract(isodow from (h at time zone :zone))::int as day, extract(hour from (h at time zone :zone))::int as hour,
                       count(*) as taken
                from r cross join lateral generate_series(r.starts_at, r.ends_at - interval '1 microsecond', interval '1 hour') h
                where r.status in %s
                group by 1, 2""".formatted(OCCUPYING))
                .params(scope).param("club", clubId)
                .query(row -> {
                    occupancy[row.getInt("day") - 1][row.getInt("hour")] = row.getLong("taken");
                });
        List<Report.MemberLine> top = jdbc.sql(RESERVATIONS + """
                select member_id, sum(bookings) as bookings, sum(points) as points
                from (select member_id, count(*) as bookings, 0 as points from r where status in %1$s group by member_id
                      union all
                      select member_id, 0, sum(amount) from paid where status in %1$s group by member_id) m
                group by member_id order by bookings desc, points desc, member_id limit 10""".formatted(BOOKED))
                .params(scope).param("club", clubId)
                .query((row, n) -> new Report.MemberLine(row.getObject("member_id", UUID.class), row.getLong("bookings"),
                        row.getLong("points")))
                .list();
        return new Report(clubId, title, period, zone, totals.bookings(), totals.cancellations(), totals.noShows(),
                totals.paid(), totals.refunded(), courts, occupancy, top);
    }
}
