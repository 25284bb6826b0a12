package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtException;

/** The member already has as many upcoming reservations in this club as allowed. */
public class TooManyReservations extends CourtException {

    public TooManyReservations(int limit) {
        super("too-many-reservations", limit);
    }
}
