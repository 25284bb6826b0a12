package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.CourtException;
import dev.rallypoint.court.reservation.ReservationStatus;

/** Only a confirmed reservation has a check-in code. */
public class NoCheckInCode extends CourtException {

    NoCheckInCode(ReservationStatus status) {
        super("no-check-in-code", status);
    }
}
