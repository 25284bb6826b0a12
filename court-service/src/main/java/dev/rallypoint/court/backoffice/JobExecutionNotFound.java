package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.CourtException;

/** No job execution with this id. */
class JobExecutionNotFound extends CourtException {

    JobExecutionNotFound(long executionId) {
        super(Kind.NOT_FOUND, "job-execution-not-found", executionId);
    }
}
