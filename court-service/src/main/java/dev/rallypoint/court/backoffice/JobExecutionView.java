package dev.rallypoint.court.backoffice;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** One run of a job, with its steps' counts and failures (times in the job repository's UTC). */
record JobExecutionView(long id, String job, String slot, String at, String status, String exitCode, String exitMessage,
        LocalDateTime startTime, LocalDateTime endTime, List<Step> steps) {

    private static final int MESSAGE_LENGTH = 500;

    static JobExecutionView of(JobExecution execution) {
        return new JobExecutionView(execution.getId(), execution.getJobInstance().getJobName(),
                execution.getJobParameters().getString("slot"), execution.getJobParameters().getString("at"),
                execution.getStatus().name(), execution.getExitStatus().getExitCode(),
                shorten(execution.getExitStatus().getExitDescription()), execution.getStartTime(), execution.getEndTime(),
                execution.getStepExecutions().stream()
                        .sorted(Comparator.comparing(StepExecution::getId))
                        .map(Step::of)
                        .toList());
    }

    record Step(String name, String status, long readCount, long writeCount, long filterCount, long commitCount,
            long rollbackCount, long skipCount, List<String> failures) {

        static Step of(StepExecution step) {
            return new Step(step.getStepName(), step.getStatus().name(), step.getReadCount(), step.getWriteCount(),
                    step.getFilterCount(), step.getCommitCount(), step.getRollbackCount(), step.getSkipCount(),
                    step.getFailureExceptions().stream().map(Throwable::toString).map(JobExecutionView::shorten).toList());
        }
    }

    private static String shorten(String text) {
        return text == null || text.length() <= MESSAGE_LENGTH ? text : text.substring(0, MESSAGE_LENGTH) + "…";
    }
}
