package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.CourtException;

/** No back-office job of this name. */
class JobNotFound extends CourtException {

    JobNotFound(String name) {
        super(Kind.NOT_FOUND, "job-not-found", name);
    }
}
