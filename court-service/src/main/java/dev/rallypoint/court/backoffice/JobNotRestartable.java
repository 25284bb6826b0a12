package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.CourtException;

/** The execution cannot be restarted (it completed, or is not the instance's last). */
public class JobNotRestartable extends CourtException {

    JobNotRestartable(long executionId, String why) {
        super("job-not-restartable", executionId, why);
    }
}
