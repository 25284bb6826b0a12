package dev.rallypoint.user.account;

import java.util.UUID;

/** The application was approved or rejected before. */
class ApplicationAlreadyDecided extends RuntimeException {

    ApplicationAlreadyDecided(UUID id, ApplicationStatus status) {
        super("Application " + id + " is " + status);
    }
}
