package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.CourtException;

/** No reservation of the club waits for a check-in with this code. */
public class CheckInCodeNotFound extends CourtException {

    CheckInCodeNotFound(String code) {
        super("check-in-code-not-found", code);
    }
}
