package dev.rallypoint.court.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.test.TestTokens;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The back-office jobs on the real job repository, with the test clock and chunks of ten. */
class BackOfficeJobTests extends HttpTest {

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobSchedule schedule;

    @Autowired
    JobOperator operator;

    @Autowired
    JobRepository repository;

    @Autowired
    @Qualifier("archiveJob")
    Job archiveJob;

    @Test
    void theNoShowJobMarksWhoDidNotCheckInAndTheCompletionJobWhoPlayed() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        api.put("/api/v1/manager/clubs/" + club.clubId() + "/attendance-rule", club.managerToken(),
                AttendanceTests.rule("DEPOSIT_KEPT", "'deposit':3000", 5));
        Fixtures.TestClub untracked = Fixtures.club(api, "UTC");
        Booked booked = new Booked(jdbc);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        UUID missed = booked.confirmed(club.clubId(), club.courtId(), UUID.randomUUID(), now.minus(Duration.ofMinutes(30)), 10_000);
        UUID stillOpen = booked.confirmed(club.clubId(), Fixtures.addCourt(api, club.managerToken(), club.clubId(), "Court 2"),
                UUID.randomUUID(), now.minus(Duration.ofMinutes(5)), 10_000);
        UUID played = booked.confirmed(club.clubId(), club.courtId(), UUID.randomUUID(), now.minus(Duration.ofHours(3)), 10_000);
        jdbc.sql("update reservation set checked_in_at = starts_at where id = ?").param(played).update();
        UUID playedElsewhere = booked.confirmed(untracked.clubId(), untracked.courtId(), UUID.randomUUID(),
                now.minus(Duration.ofHours(2)), 10_000);
        Duration every = uniqueSlotWidth();

        Optional<JobExecution> noShows = schedule.runSlot(BackOfficeJobs.NO_SHOW, every);
        Optional<JobExecution> again = schedule.runSlot(BackOfficeJobs.NO_SHOW, every);
        Optional<JobExecution> completions = schedule.runSlot(BackOfficeJobs.COMPLETE_PAST, every);

        assertThat(noShows).get().extracting(JobExecution::getStatus).isEqualTo(BatchStatus.COMPLETED);
        assertThat(again).as("once per slot").isEmpty();
        assertThat(completions).get().extracting(JobExecution::getStatus).isEqualTo(BatchStatus.COMPLETED);
        assertThat(booked.status(missed)).isEqualTo("NO_SHOW");
        assertThat(booked.refunded(missed, "NO_SHOW")).isEqualTo(7_000);
        assertThat(booked.status(stillOpen)).isEqualTo("CONFIRMED");
        assertThat(booked.status(played)).isEqualTo("COMPLETED");
        assertThat(booked.status(playedElsewhere)).isEqualTo("COMPLETED");
        assertThat(step(noShows.get()).getWriteCount()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void manyInstancesAskingForTheSameSlotRunItOnce() throws Exception {
        Duration every = uniqueSlotWidth();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<Optional<JobExecution>>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                runs.add(threads.submit((Callable<Optional<JobExecution>>) () ->
                        schedule.runSlot(BackOfficeJobs.COMPLETE_PAST, every)));
            }
            long ran = 0;
            for (Future<Optional<JobExecution>> run : runs) {
                ran += run.get().isPresent() ? 1 : 0;
            }
            assertThat(ran).isEqualTo(1);
        }
        finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theArchiveMovesOldRowsInChunksAndARestartAfterADeadRunGoesOnWithExactCounts() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        Booked booked = new Booked(jdbc);
        Instant old = clock.instant().minus(Duration.ofDays(500)).truncatedTo(ChronoUnit.HOURS);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String status = i % 5 == 0 ? "CANCELLED" : i % 5 == 1 ? "NO_SHOW" : "COMPLETED";
            ids.add(booked.reservation(club.clubId(), club.courtId(), UUID.randomUUID(), old.plus(Duration.ofHours(2L * i)),
                    1_000, status, old.minus(Duration.ofDays(1))));
        }
        UUID recent = booked.reservation(club.clubId(), club.courtId(), UUID.randomUUID(),
                clock.instant().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS), 1_000, "COMPLETED",
                clock.instant().minus(Duration.ofDays(3)));
        UUID noShow = ids.get(1);
        jdbc.sql("""
                insert into refund (id, payment_id, reservation_id, payer_id, amount, reason, requested_at, version)
                select gen_random_uuid(), p.id, p.reservation_id, p.payer_id, 400, 'NO_SHOW', p.requested_at, 0
                from payment p where p.reservation_id = ?""").param(noShow).update();
        long archivable = count("select count(*) from reservation where ends_at < ? and status <> 'CONFIRMED'",
                clock.instant().minus(Duration.ofDays(400)));
        assertThat(archivable).as("only this test's rows are that old").isEqualTo(25);
        List<UUID> sorted = jdbc.sql("select id from reservation where id in (" + in(ids) + ") order by id")
                .query(UUID.class).list();
        UUID poison = sorted.get(14);
        jdbc.sql("""
                create or replace function archive_interrupted() returns trigger as $$
                begin
                  if new.id = '%s' then raise exception 'archive interrupted'; end if;
                  return new;
                end $$ language plpgsql""".formatted(poison)).update();
        jdbc.sql("create trigger archive_interrupted before insert on reservation_archive for each row "
                + "execute function archive_interrupted()").update();

        JobOperatorTestUtils jobs = new JobOperatorTestUtils(operator, repository);
        jobs.setJob(archiveJob);
        JobExecution failed;
        try {
            failed = jobs.startJob(new JobParametersBuilder()
                    .addString("slot", "test:" + UUID.randomUUID())
                    .addString("at", clock.instant().toString(), false)
                    .toJobParameters());
        }
        finally {
            jdbc.sql("drop trigger archive_interrupted on reservation_archive").update();
        }

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(step(failed).getWriteCount()).isEqualTo(10);
        assertThat(archived(ids)).isEqualTo(10);
        assertThat(live(ids)).isEqualTo(15);

        // the process "dies" mid-run: its execution is left running in the job repository
        jdbc.sql("update batch_job_execution set status = 'STARTED', exit_code = 'UNKNOWN', end_time = null "
                + "where job_execution_id = ?").param(failed.getId()).update();
        jdbc.sql("update batch_step_execution set status = 'STARTED', exit_code = 'EXECUTING', end_time = null "
                + "where job_execution_id = ?").param(failed.getId()).update();
        JobExecution restarted = schedule.restart(repository.getJobExecution(failed.getId()));

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step(restarted).getReadCount()).as("went on after the last committed chunk").isEqualTo(15);
        assertThat(step(restarted).getWriteCount()).isEqualTo(15);
        assertThat(archived(ids)).isEqualTo(25);
        assertThat(live(ids)).isZero();
        assertThat(count("select count(*) from payment_archive where reservation_id in (" + in(ids) + ")")).isEqualTo(20);
        assertThat(count("select count(*) from payment where reservation_id in (" + in(ids) + ")")).isZero();
        assertThat(count("select count(*) from refund_archive where reservation_id = ?", noShow)).isEqualTo(1);
        assertThat(count("select (row_data ->> 'price')::bigint from reservation_archive where id = ?", noShow)).isEqualTo(1_000);
        assertThat(booked.status(recent)).isEqualTo("COMPLETED");
    }

    @Test
    void adminsStartAJobByHandAndSeeItsStepCounts() {
        Api api = api();
        String admin = Fixtures.admin();

        Api.Response started = api.post("/api/v1/admin/jobs/complete-past/executions", admin, null);
        Api.Response unknown = api.post("/api/v1/admin/jobs/tidy-up/executions", admin, null);
        Api.Response manager = api.get("/api/v1/admin/jobs/complete-past/executions",
                TestTokens.courtManager(UUID.randomUUID()));

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(manager.status()).isEqualTo(403);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response list = api.get("/api/v1/admin/jobs/complete-past/executions?size=5", admin);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body()).contains("\"slot\":\"manual:").contains("\"status\":\"COMPLETED\"")
                    .contains("\"name\":\"complete-past\"").contains("\"readCount\"");
        });
        assertThat(api.get("/api/v1/admin/jobs", admin).body()).contains("archive", "no-show", "complete-past", "reports");
        assertThat(api.get("/api/v1/admin/jobs/executions/999999999", admin).status()).isEqualTo(404);
    }

    /** A slot width no other test uses, so the slot is fresh. */
    static Duration uniqueSlotWidth() {
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(3_600_000L, 86_400_000L));
    }

    static StepExecution step(JobExecution execution) {
        return execution.getStepExecutions().iterator().next();
    }

    long archived(List<UUID> ids) {
        return count("select count(*) from reservation_archive where id in (" + in(ids) + ")");
    }

    long live(List<UUID> ids) {
        return count("select count(*) from reservation where id in (" + in(ids) + ")");
    }

    long count(String sql, Object... params) {
        Object[] values = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            values[i] = params[i] instanceof Instant instant ? Timestamp.from(instant) : params[i];
        }
        return jdbc.sql(sql).params(values).query(Long.class).single();
    }

    static String in(List<UUID> ids) {
        return String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
    }
}
