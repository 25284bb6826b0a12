package dev.rallypoint.court.backoffice;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The back office's Spring Batch jobs, their state in PostgreSQL's job repository. Each job instance
 * is one schedule slot ({@link JobSchedule}); {@code at} is the moment the slot's run judges by, kept
 * by a restart. The chunked steps read ids keyset-paged and do each item's work in the chunk's
 * transaction, so a failed chunk leaves nothing half done and a restart goes on after the last
 * committed chunk.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BackOfficeProperties.class)
class BackOfficeJobs {

    static final String NO_SHOW = "no-show";

    static final String COMPLETE_PAST = "complete-past";

    static final String ARCHIVE = "archive";

    static final String REPORTS = "reports";

    @Bean
    Job noShowJob(JobRepository jobs, Step markNoShows) {
        return new JobBuilder(NO_SHOW, jobs).start(markNoShows).build();
    }

    @Bean
    Step markNoShows(JobRepository jobs, PlatformTransactionManager transactions, KeysetReader dueNoShows,
            Attendance attendance, BackOfficeProperties properties, JobClock jobClock) {
        return new StepBuilder("mark-no-shows", jobs).<UUID, UUID>chunk(properties.chunk())
                .transactionManager(transactions)
                .reader(dueNoShows)
                .processor(id -> attendance.markNoShowIfDue(id, jobClock.at()) ? id : null)
                .writer(chunk -> { })
                .build();
    }

    @Bean
    @StepScope
    KeysetReader dueNoShows(JdbcClient jdbc, BackOfficeProperties properties, @Value("#{jobParameters['at']}") String at) {
        return new KeysetReader(jdbc, "due-no-shows", """
                select r.id from reservation r join attendance_rule a on a.club_id = r.club_id and a.enabled
                where r.status = 'CONFIRMED' and r.checked_in_at is null and r.starts_at <= cast(:at as timestamptz)
                  and r.starts_at + make_interval(mins => a.check_in_closes_minutes) <= cast(:at as timestamptz)
                  and r.id > :after
                order by r.id limit :limit""", Map.of("at", Instant.parse(at).toString()), properties.chunk());
    }

    @Bean
    Job completePastJob(JobRepository jobs, Step completePast) {
        return new JobBuilder(COMPLETE_PAST, jobs).start(completePast).build();
    }

    @Bean
    Step completePast(JobRepository jobs, PlatformTransactionManager transactions, KeysetReader pastReservations,
            Attendance attendance, BackOfficeProperties properties, JobClock jobClock) {
        return new StepBuilder("complete-past", jobs).<UUID, UUID>chunk(properties.chunk())
                .transactionManager(transactions)
                .reader(pastReservations)
                .processor(id -> attendance.completeIfOver(id, jobClock.at()) ? id : null)
                .writer(chunk -> { })
                .build();
    }

    /** Confirmed reservations that ended: checked in, or of a club that does not track no-shows. */
    @Bean
    @StepScope
    KeysetReader pastReservations(JdbcClient jdbc, BackOfficeProperties properties,
            @Value("#{jobParameters['at']}") String at) {
        return new KeysetReader(jdbc, "past-reservations", """
                select r.id from reservation r
                where r.status = 'CONFIRMED' and r.ends_at <= cast(:at as timestamptz)
                  and (r.checked_in_at is not null
                       or not exists (select 1 from attendance_rule a where a.club_id = r.club_id and a.enabled))
                  and r.id > :after
                order by r.id limit :limit""", Map.of("at", Instant.parse(at).toString()), properties.chunk());
    }

    @Bean
    Job archiveJob(JobRepository jobs, Step archiveReservations) {
        return new JobBuilder(ARCHIVE, jobs).start(archiveReservations).build();
    }

    @Bean
    Step archiveReservations(JobRepository jobs, PlatformTransactionManager transactions, KeysetReader finishedReservations,
            Archive archive, BackOfficeProperties properties) {
        return new StepBuilder("archive-reservations", jobs).<UUID, UUID>chunk(properties.chunk())
                .transactionManager(transactions)
                .reader(finishedReservations)
                .writer(chunk -> archive.move(chunk.getItems()))
                .build();
    }

    /** Finished reservations that ended before the archive age, as of the slot's moment. */
    @Bean
    @StepScope
    KeysetReader finishedReservations(JdbcClient jdbc, BackOfficeProperties properties,
            @Value("#{jobParameters['at']}") String at) {
        Instant before = Instant.parse(at).minus(properties.archiveAfter());
        return new KeysetReader(jdbc, "finished-reservations", """
                select r.id from reservation r
                where r.status in ('CANCELLED', 'EXPIRED', 'COMPLETED', 'NO_SHOW') and r.ends_at < cast(:before as timestamptz)
                  and r.id > :after
                order by r.id limit :limit""", Map.of("before", before.toString()), properties.chunk());
    }

    @Bean
    Job reportsJob(JobRepository jobs, Step buildReports) {
        return new JobBuilder(REPORTS, jobs).start(buildReports).build();
    }

    @Bean
    Step buildReports(JobRepository jobs, PlatformTransactionManager transactions, StoredReports reports,
            JobClock jobClock) {
        return new StepBuilder("build-reports", jobs)
                .tasklet((contribution, context) -> {
                    int built = reports.buildDue(jobClock.at());
                    contribution.incrementWriteCount(built);
                    return RepeatStatus.FINISHED;
                }, transactions)
                .build();
    }
}
