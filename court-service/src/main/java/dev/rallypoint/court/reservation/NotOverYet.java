package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtException;

/** The outcome of a reservation is recorded only after its time. */
public class NotOverYet extends CourtException {

    public NotOverYet() {
        super("reservation-not-over");
    }
}
