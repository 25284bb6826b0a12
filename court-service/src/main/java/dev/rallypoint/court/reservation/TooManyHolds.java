package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtException;

/** The member already has as many unpaid holds as allowed. */
public class TooManyHolds extends CourtException {

    public TooManyHolds(int limit) {
        super("too-many-holds", limit);
    }
}
