package dev.rallypoint.court.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.court.TestClockConfiguration;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The back office's benchmarks, on the real PostgreSQL: archive rows per second over a large set of
 * old reservations, and the time to build a month's report over 100,000 reservations. Skipped unless
 * {@code -Dbenchmark=true}; sizes by {@code -Dbenchmark.archiveRows} and {@code -Dbenchmark.reportRows}.
 * Its own context, with the production chunk size. Results go to standard output (docs/benchmarks.md).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "rallypoint.back-office.schedule=false")
@Import(TestClockConfiguration.class)
class BackOfficeBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    JobOperator operator;

    @Autowired
    @Qualifier("archiveJob")
    Job archiveJob;

    @Autowired
    StoredReports reports;

    Api api() {
        return new Api(port);
    }

    @Test
    void archiveRowsPerSecond() throws Exception {
        int rows = Integer.getInteger("benchmark.archiveRows", 1_000_000);
        Fixtures.TestClub club = Fixtures.club(api(), "UTC");
        Instant old = clock.instant().minus(Duration.ofDays(800));
        seed(club, rows, old, Duration.ofMinutes(1), "COMPLETED");

        long started = System.nanoTime();
        JobExecution execution = operator.start(archiveJob, new JobParametersBuilder()
                .addString("slot", "benchmark:" + UUID.randomUUID())
                .addString("at", clock.instant().toString(), false)
                .toJobParameters());
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long moved = execution.getStepExecutions().iterator().next().getWriteCount();
        System.out.printf("archive: %d reservations (with their payments) in %.1f s = %.0f rows/s%n", moved, seconds,
                moved / seconds);
    }

    @Test
    void reportOfAMonthOfManyReservations() {
        int rows = Integer.getInteger("benchmark.reportRows", 100_000);
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        for (int court = 2; court <= 20; court++) {
            Fixtures.addCourt(api, club.managerToken(), club.clubId(), "Court " + court);
        }
        LocalDate month = LocalDate.now(ZoneOffset.UTC).minusMonths(2).withDayOfMonth(1);
        Instant start = month.atStartOfDay(ZoneOffset.UTC).toInstant();
        Duration step = Duration.ofSeconds(Duration.ofDays(28).toSeconds() / rows);
        seed(club, rows, start, step, "COMPLETED");

        for (ReportFormat format : ReportFormat.values()) {
            long started = System.nanoTime();
            byte[] file = reports.file(club.clubId(), new ReportPeriod(ReportPeriod.Length.MONTHLY, month), format);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("report %s of %d reservations: %.2f s, %d bytes%n", format, rows, seconds, file.length);
        }
    }

    /** Reservations (one court after another, {@code step} apart, an hour long) with a paid payment each. */
    private void seed(Fixtures.TestClub club, int rows, Instant from, Duration step, String status) {
        jdbc.sql("""
                with courts as (select id, row_number() over (order by id) - 1 as n, count(*) over () as total
                                from court where club_id = :club),
                     made as (
                    insert into reservation (id, court_id, club_id, member_id, starts_at, ends_at, status, price, held_until,
                        created_at, updated_at, version)
                    select gen_random_uuid(), c.id, :club, md5((i % 5000)::text)::uuid,
                           :from + i * :step * interval '1 second',
                           :from + i * :step * interval '1 second' + interval '1 hour',
                           :status, 10000, :from, :from, :from, 0
                    from generate_series(0, :rows - 1) i join courts c on c.n = i % c.total
                    returning id, member_id, created_at)
                insert into payment (id, reservation_id, payer_id, amount, status, requested_at, answer_due, settled_at, version)
                select gen_random_uuid(), id, member_id, 10000, 'SUCCEEDED', created_at, created_at, created_at, 0 from made""")
                .param("club", club.clubId())
                .param("from", Timestamp.from(from))
                .param("step", step.toSeconds())
                .param("status", status)
                .param("rows", rows)
                .update();
    }
}
