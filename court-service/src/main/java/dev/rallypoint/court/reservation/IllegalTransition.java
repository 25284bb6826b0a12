package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtException;

/** A reservation was asked to do something its current state does not allow. */
public class IllegalTransition extends CourtException {

    public IllegalTransition(ReservationStatus status, String action) {
        super("reservation-state", action, status);
    }
}
