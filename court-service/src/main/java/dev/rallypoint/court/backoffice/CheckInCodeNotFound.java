package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.CourtException;

/** No reservation of the club waits for a check-in with this code. */
class CheckInCodeNotFound extends CourtException {

    CheckInCodeNotFound(String code) {
        super(Kind.NOT_FOUND, "check-in-code-not-found", code);
    }
}
