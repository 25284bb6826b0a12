package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtException;

/** The reserved time has already begun. */
public class AlreadyStarted extends CourtException {

    public AlreadyStarted() {
        super("reservation-already-started");
    }
}
