package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.CourtException;

/** No job execution with this id. */
public class JobExecutionNotFound extends CourtException {

    JobExecutionNotFound(long executionId) {
        super("job-execution-not-found", executionId);
    }
}
