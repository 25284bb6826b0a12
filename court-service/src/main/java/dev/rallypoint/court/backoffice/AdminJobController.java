package dev.rallypoint.court.backoffice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins watch the back-office jobs (executions, step counts, failures) and start or restart one by
 * hand; a started run goes on in the background (202), its execution appears in the list.
 */
@RestController
@RequestMapping("/api/v1/admin/jobs")
class AdminJobController {

    private final JobSchedule schedule;

    private final JobRepository repository;

    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    AdminJobController(JobSchedule schedule, JobRepository repository) {
        this.schedule = schedule;
        this.repository = repository;
    }

    @GetMapping
    Set<String> jobs() {
        return schedule.names();
    }

    @GetMapping("/{job}/executions")
    List<JobExecutionView> executions(@PathVariable String job, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        schedule.job(job);
        return repository.getJobInstances(job, 0, size).stream()
                .flatMap(instance -> repository.getJobExecutions(instance).stream())
                .sorted(Comparator.comparing(JobExecution::getId).reversed())
                .limit(size)
                .map(JobExecutionView::of)
                .toList();
    }

    @GetMapping("/executions/{executionId}")
    JobExecutionView execution(@PathVariable long executionId) {
        return JobExecutionView.of(find(executionId));
    }

    @PostMapping("/{job}/executions")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Started start(@PathVariable String job) {
        schedule.job(job);
        background.submit(() -> schedule.runNow(job));
        return new Started(job, null);
    }

    @PostMapping("/executions/{executionId}/restart")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Started restart(@PathVariable long executionId) {
        JobExecution execution = find(executionId);
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            throw new JobNotRestartable(executionId, execution.getStatus().name());
        }
        background.submit(() -> schedule.restart(execution));
        return new Started(execution.getJobInstance().getJobName(), executionId);
    }

    private JobExecution find(long executionId) {
        try {
            JobExecution execution = repository.getJobExecution(executionId);
            if (execution == null) {
                throw new JobExecutionNotFound(executionId);
            }
            return execution;
        }
        catch (EmptyResultDataAccessException ex) {
            throw new JobExecutionNotFound(executionId);
        }
    }

    /** A run asked for; {@code restartOf} the execution it continues. */
    record Started(String job, Long restartOf) {
    }
}
