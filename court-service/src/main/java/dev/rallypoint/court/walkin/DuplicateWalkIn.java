package dev.rallypoint.court.walkin;

import dev.rallypoint.court.CourtException;

/** The member already has a live entry in this club's queue today. */
public class DuplicateWalkIn extends CourtException {

    public DuplicateWalkIn() {
        super("walk-in-duplicate");
    }
}
