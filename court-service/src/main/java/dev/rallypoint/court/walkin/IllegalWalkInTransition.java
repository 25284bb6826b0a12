package dev.rallypoint.court.walkin;

import dev.rallypoint.court.CourtException;

/** A walk-in entry was asked to do something its current state does not allow. */
public class IllegalWalkInTransition extends CourtException {

    public IllegalWalkInTransition(WalkInStatus status, String action) {
        super("walk-in-state", action, status);
    }
}
