package dev.rallypoint.court.ticketing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts canceled seats back on sale once a day, at the configured local time in each event's zone
 * (09:00 by default, DST-safe). Exactly one run per zone and local date happens, however many instances
 * check: the run claims its {@code seat_reopening_run} row in the transaction that reopens the seats,
 * and a concurrent claim of the same row waits for it and then finds it taken. A run reopens the seats
 * canceled before that day's reopening time; later cancellations wait for the next day. A day whose
 * time was missed (no instance running) is made up for at the next check.
 */
@Component
class SeatReopening {

    private static final Logger log = LoggerFactory.getLogger(SeatReopening.class);

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final LocalTime reopenAt;

    private final Clock clock;

    SeatReopening(JdbcClient jdbc, TransactionTemplate transactions, TicketingProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.reopenAt = properties.reopening().at();
        this.clock = clock;
    }

    /** Runs every zone's reopening that is due and not yet done today; answers how many seats it reopened. */
    int runDue() {
        List<String> zones = jdbc.sql("select distinct time_zone from seat where status = 'CANCELED'")
                .query(String.class).list();
        int reopened = 0;
        for (String zone : zones) {
            reopened += runDue(ZoneId.of(zone));
        }
        return reopened;
    }

    /** Runs the zone's reopening if it is due and not yet done today; answers how many seats it reopened. */
    int runDue(ZoneId zone) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant dueAt = today.atTime(reopenAt).atZone(zone).toInstant();
        if (now.isBefore(dueAt)) {
            return 0;
        }
        Integer reopened = transactions.execute(status -> {
            int claimed = jdbc.sql("""
                    insert into seat_reopening_run (time_zone, run_date, reopen_at, ran_at, reopened)
                    values (:zone, :date, :at, :now, 0) on conflict do nothing""")
                    .param("zone", zone.getId()).param("date", today).param("at", Timestamp.from(dueAt))
                    .param("now", Timestamp.from(now))
                    .update();
            if (claimed == 0) {
                return 0;
            }
            int seats = jdbc.sql("""
                    update seat set status = 'AVAILABLE', canceled_at = null
                    where status = 'CANCELED' and time_zone = :zone and canceled_at < :at""")
                    .param("zone", zone.getId()).param("at", Timestamp.from(dueAt))
                    .update();
            jdbc.sql("update seat_reopening_run set reopened = :seats where time_zone = :zone and run_date = :date")
                    .param("seats", seats).param("zone", zone.getId()).param("date", today)
                    .update();
            log.info("Canceled seats reopened in zone {} for {} (due {}): {}", zone, today, dueAt, seats);
            return seats;
        });
        return reopened == null ? 0 : reopened;
    }
}
