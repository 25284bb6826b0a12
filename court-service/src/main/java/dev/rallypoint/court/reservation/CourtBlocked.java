package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtException;

/** The court is blocked (maintenance, an event) during the requested time. */
public class CourtBlocked extends CourtException {

    public CourtBlocked() {
        super("court-blocked");
    }
}
