package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.club.ClubNotFound;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Report files of clubs and of the platform. A closed period's file is built once and stored (the
 * reports job builds the last day, week and month of every club each night; a request for an older
 * one builds and stores it then); a period still running is built on each request.
 */
@Component
class StoredReports {

    private static final Logger log = LoggerFactory.getLogger(StoredReports.class);

    static final String PLATFORM = "platform";

    private final ReportQueries queries;

    private final JdbcClient jdbc;

    private final Clock clock;

    StoredReports(ReportQueries queries, JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The file of a club's report ({@code clubId} null: the platform's, in UTC). */
    byte[] file(UUID clubId, ReportPeriod period, ReportFormat format) {
        Scope scope = scopeOf(clubId);
        if (!period.isClosed(clock.instant(), scope.zone())) {
            return render(queries.report(clubId, scope.title(), period, scope.zone()), format);
        }
        return stored(scope, period, format).orElseGet(() -> store(scope, period, format));
    }

    /** Builds and stores the reports of the periods that closed last in each club's zone; answers how many. */
    int buildDue(Instant now) {
        int built = 0;
        for (Scope scope : scopes()) {
            LocalDate today = now.atZone(scope.zone()).toLocalDate();
            for (ReportPeriod.Length length : ReportPeriod.Length.values()) {
                ReportPeriod last = ReportPeriod.containing(length, today).previous();
                for (ReportFormat format : ReportFormat.values()) {
                    if (stored(scope, last, format).isEmpty()) {
                        store(scope, last, format);
                        built++;
                    }
                }
            }
        }
        log.info("Reports built for the periods closed by {}: {} files", now, built);
        return built;
    }

    private byte[] store(Scope scope, ReportPeriod period, ReportFormat format) {
        long started = System.nanoTime();
        byte[] content = render(queries.report(scope.clubId(), scope.title(), period, scope.zone()), format);
        jdbc.sql("""
                insert into stored_report (id, scope, period, starts_on, format, content, generated_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (scope, period, starts_on, format) do nothing""")
                .params(UUID.randomUUID(), scope.key(), period.length().name(), period.start(), format.name(), content,
                        Timestamp.from(clock.instant()))
                .update();
        log.info("Report {} {} {} built in {} ms, {} bytes", scope.key(), period, format,
                (System.nanoTime() - started) / 1_000_000, content.length);
        return stored(scope, period, format).orElse(content);
    }

    private Optional<byte[]> stored(Scope scope, ReportPeriod period, ReportFormat format) {
        return jdbc.sql("select content from stored_report where scope = ? and period = ? and starts_on = ? and format = ?")
                .params(scope.key(), period.length().name(), period.start(), format.name())
                .query(byte[].class)
                .optional();
    }

    private static byte[] render(Report report, ReportFormat format) {
        return switch (format) {
            case XLSX -> ExcelReport.write(report);
            case PDF -> PdfReport.write(report);
        };
    }

    private Scope scopeOf(UUID clubId) {
        if (clubId == null) {
            return Scope.platform();
        }
        return jdbc.sql("select id, name, time_zone from club where id = ?")
                .param(clubId)
                .query((row, n) -> new Scope(clubId, row.getString("name"), ZoneId.of(row.getString("time_zone"))))
                .optional()
                .orElseThrow(() -> new ClubNotFound(clubId));
    }

    private List<Scope> scopes() {
        List<Scope> scopes = new java.util.ArrayList<>(jdbc.sql("select id, name, time_zone from club order by id")
                .query((row, n) -> new Scope(row.getObject("id", UUID.class), row.getString("name"),
                        ZoneId.of(row.getString("time_zone"))))
                .list());
        scopes.add(Scope.platform());
        return scopes;
    }

    /** Whose report: a club in its zone, or the platform in UTC. */
    record Scope(UUID clubId, String name, ZoneId zone) {

        static Scope platform() {
            return new Scope(null, "RallyPoint", ZoneOffset.UTC);
        }

        String key() {
            return clubId == null ? PLATFORM : "club:" + clubId;
        }

        String title() {
            return clubId == null ? "RallyPoint platform report" : name + " report";
        }
    }
}
