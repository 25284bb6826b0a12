package dev.rallypoint.court.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.court.TestClockConfiguration;
import java.lang.management.ManagementFactory;
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
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
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

    @Autowired
    JobSchedule schedule;

    @Autowired
    JobRepository repository;

    @Autowired
    BackOfficeProperties properties;

    Api api() {
        return new Api(port);
    }

    /**
     * The archive over {@code rows} old reservations, interrupted halfway: the chunk holding the middle
     * row fails (a trigger on the archive table), the execution is then left marked running as a killed
     * process leaves it, and the restart goes on after the last committed chunk. Both runs are timed;
     * the rows moved must add up exactly.
     */
    @Test
    void archiveRowsPerSecondWithARestartHalfway() throws Exception {
        int rows = Integer.getInteger("benchmark.archiveRows", 1_000_000);
        Fixtures.TestClub club = Fixtures.club(api(), "UTC");
        // a minute apart, all ended before the archive age
        Instant old = clock.instant().minus(properties.archiveAfter()).minus(Duration.ofMinutes(rows))
                .minus(Duration.ofDays(1));
        long seeding = System.nanoTime();
        seed(club, rows, old, Duration.ofMinutes(1), "COMPLETED");
        System.out.printf("archive: seeded %d reservations with their payments in %.1f s (load %.2f)%n", rows,
                (System.nanoTime() - seeding) / 1e9, load());
        long archivable = jdbc.sql("select count(*) from reservation where club_id = ? and ends_at < ?")
                .params(club.clubId(), Timestamp.from(clock.instant().minus(properties.archiveAfter())))
                .query(Long.class).single();
        assertThat(archivable).isEqualTo(rows);
        UUID middle = jdbc.sql("select id from reservation where club_id = ? order by id offset ? limit 1")
                .params(club.clubId(), rows / 2)
                .query(UUID.class)
                .single();
        jdbc.sql("create or replace function archive_interrupted() returns trigger as $$ "
                + "begin raise exception 'archive interrupted'; end $$ language plpgsql").update();
        jdbc.sql("create trigger archive_interrupted before insert on reservation_archive for each row when (new.id = '"
                + middle + "') execute function archive_interrupted()").update();

        long started = System.nanoTime();
        JobExecution failed;
        try {
            failed = operator.start(archiveJob, new JobParametersBuilder()
                    .addString("slot", "benchmark:" + UUID.randomUUID())
                    .addString("at", clock.instant().toString(), false)
                    .toJobParameters());
        }
        finally {
            jdbc.sql("drop trigger archive_interrupted on reservation_archive").update();
        }
        double firstSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        long firstMoved = step(failed).getWriteCount();
        System.out.printf("archive: first run moved %d reservations in %.1f s = %.0f rows/s, then failed (load %.2f)%n",
                firstMoved, firstSeconds, firstMoved / firstSeconds, load());

        jdbc.sql("update batch_job_execution set status = 'STARTED', exit_code = 'UNKNOWN', end_time = null "
                + "where job_execution_id = ?").param(failed.getId()).update();
        jdbc.sql("update batch_step_execution set status = 'STARTED', exit_code = 'EXECUTING', end_time = null "
                + "where job_execution_id = ?").param(failed.getId()).update();
        started = System.nanoTime();
        JobExecution restarted = schedule.restart(repository.getJobExecution(failed.getId()));
        double restartSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long restartMoved = step(restarted).getWriteCount();
        System.out.printf("archive: restart moved %d reservations in %.1f s = %.0f rows/s (load %.2f)%n", restartMoved,
                restartSeconds, restartMoved / restartSeconds, load());

        long archived = jdbc.sql("select count(*) from reservation_archive where club_id = ?").param(club.clubId())
                .query(Long.class).single();
        long paymentsArchived = jdbc.sql("select count(*) from payment_archive p join reservation_archive r "
                + "on r.id = p.reservation_id where r.club_id = ?").param(club.clubId()).query(Long.class).single();
        long live = jdbc.sql("select count(*) from reservation where club_id = ?").param(club.clubId())
                .query(Long.class).single();
        assertThat(step(restarted).getReadCount()).isEqualTo(rows - firstMoved);
        assertThat(firstMoved + restartMoved).isEqualTo(rows);
        assertThat(archived).isEqualTo(rows);
        assertThat(paymentsArchived).isEqualTo(rows);
        assertThat(live).isZero();
        double seconds = firstSeconds + restartSeconds;
        System.out.printf("archive: %d reservations (with their payments) in %.1f s = %.0f rows/s, chunk %d; "
                + "%d + %d moved, %d archived, %d payments archived, %d left live%n", rows, seconds, rows / seconds,
                properties.chunk(), firstMoved, restartMoved, archived, paymentsArchived, live);
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
            System.out.printf("report %s of %d reservations: %.2f s, %d bytes (load %.2f)%n", format, rows, seconds,
                    file.length, load());
        }
    }

    private static StepExecution step(JobExecution execution) {
        return execution.getStepExecutions().iterator().next();
    }

    /** The system load average of the last minute (the machine is shared). */
    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * Reservations (one court after another, {@code step} apart, an hour long) with a paid payment each,
     * then the tables analyzed.
     */
    private void seed(Fixtures.TestClub club, int rows, Instant from, Duration step, String status) {
        jdbc.sql("""
                with courts as (select id, row_number() over (order by id) - 1 as n, count(*) over () as total
                                from court where club_id = :club),
                     made as (
                    insert into reservation (id, court_id, club_id, member_id, starts_at, ends_at, status, price, held_until,
                        created_at, updated_at, version)
                    select gen_random_uuid(), c.id, :club, md5((i % 5000)::text)::uuid,
                           cast(:from as timestamptz) + i * cast(:step as bigint) * interval '1 second',
                           cast(:from as timestamptz) + i * cast(:step as bigint) * interval '1 second' + interval '1 hour',
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
        // fresh statistics, as autovacuum gives them shortly after such a load
        jdbc.sql("analyze reservation, payment").update();
    }
}
