package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;

/** A seat reservation was asked to do something its current state does not allow. */
public class IllegalSeatTransition extends CourtException {

    IllegalSeatTransition(SeatReservationStatus status, String action) {
        super("seat-reservation-state", action, status);
    }
}
