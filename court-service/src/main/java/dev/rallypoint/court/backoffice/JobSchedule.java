package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.CourtException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts the jobs, each once per schedule slot across any number of instances. A slot (the start of
 * the period, {@code every} wide, counted from the epoch) is the job instance's one identifying
 * parameter: the job repository keeps one instance per slot and refuses to run a completed one again.
 * Around every launch the instance holds a PostgreSQL advisory lock per job (on a connection of its
 * own, for the whole run): an instance that does not get it does nothing, and the one that does knows
 * that an execution still marked running died with its process, marks it failed and so may restart
 * it. A slot whose run failed is restarted by the next tick in that slot.
 */
@Component
class JobSchedule {

    private static final Logger log = LoggerFactory.getLogger(JobSchedule.class);

    private final JobOperator operator;

    private final Map<String, Job> jobs;

    private final JobRepository repository;

    private final DataSource dataSource;

    private final Clock clock;

    JobSchedule(JobOperator operator, JobRepository repository, DataSource dataSource, Map<String, Job> jobsByBean,
            Clock clock) {
        this.operator = operator;
        this.repository = repository;
        this.dataSource = dataSource;
        this.jobs = jobsByBean.values().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Job::getName,
                job -> job));
        this.clock = clock;
    }

    /** Runs the job for the slot {@code now} falls in, unless some instance did or does; answers the execution it ran. */
    Optional<JobExecution> runSlot(String jobName, Duration every) {
        Instant now = clock.instant();
        Instant slot = slotOf(now, every);
        return launch(jobName, "slot:" + slot, now);
    }

    /** Runs the job by hand, as its own instance. */
    Optional<JobExecution> runNow(String jobName) {
        Instant now = clock.instant();
        return launch(jobName, "manual:" + now, now);
    }

    private Optional<JobExecution> launch(String jobName, String slot, Instant at) {
        Job job = job(jobName);
        JobParameters parameters = new JobParametersBuilder()
                .addString("slot", slot)
                .addString("at", at.toString(), false)
                .toJobParameters();
        return exclusively(jobName, () -> {
            try {
                JobExecution execution = operator.start(job, parameters);
                log.info("Job {} {} ended {}", jobName, slot, execution.getStatus());
                return execution;
            }
            catch (JobInstanceAlreadyCompleteException ex) {
                log.debug("Job {} {} already done", jobName, slot);
                return null;
            }
        });
    }

    /**
     * Restarts a failed or stopped execution where it stopped; one left running by a process that died
     * is first marked failed. Answers the new execution.
     */
    JobExecution restart(JobExecution execution) {
        String jobName = execution.getJobInstance().getJobName();
        return exclusively(jobName, () -> operator.restart(repository.getJobExecution(execution.getId())))
                .orElseThrow(() -> new JobNotRestartable(execution.getId(), "the job is running"));
    }

    /** Runs the launch while holding the job's advisory lock; nothing if another instance holds it. */
    private Optional<JobExecution> exclusively(String jobName, Launch launch) {
        try (Connection connection = dataSource.getConnection()) {
            if (!advisoryLock(connection, "pg_try_advisory_lock", jobName)) {
                log.debug("Job {} runs on another instance", jobName);
                return Optional.empty();
            }
            try {
                recoverDead(jobName);
                return Optional.ofNullable(launch.run());
            }
            finally {
                advisoryLock(connection, "pg_advisory_unlock", jobName);
            }
        }
        catch (CourtException ex) {
            throw ex;
        }
        catch (Exception ex) {
            log.warn("Job {} could not run: {}", jobName, ex.toString());
            return Optional.empty();
        }
    }

    /** Executions marked running while this instance holds the job's lock died with their process. */
    private void recoverDead(String jobName) {
        for (JobExecution dead : repository.findRunningJobExecutions(jobName)) {
            operator.recover(dead);
            log.warn("Job {} execution {} was left {} by a process that stopped: marked failed", jobName, dead.getId(),
                    dead.getStatus());
        }
    }

    private static boolean advisoryLock(Connection connection, String function, String jobName) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + function + "(hashtextextended('rallypoint-job:' || ?, 0))")) {
            statement.setString(1, jobName);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    @FunctionalInterface
    private interface Launch {

        JobExecution run() throws Exception;
    }

    Job job(String name) {
        Job job = jobs.get(name);
        if (job == null) {
            throw new JobNotFound(name);
        }
        return job;
    }

    java.util.Set<String> names() {
        return new java.util.TreeSet<>(jobs.keySet());
    }

    static Instant slotOf(Instant now, Duration every) {
        long width = every.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), width) * width);
    }
}
