package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.CourtException;

/** No back-office job of this name. */
public class JobNotFound extends CourtException {

    JobNotFound(String name) {
        super("job-not-found", name);
    }
}
