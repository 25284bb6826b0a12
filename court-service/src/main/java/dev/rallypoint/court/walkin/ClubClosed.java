package dev.rallypoint.court.walkin;

import dev.rallypoint.court.CourtException;

/** The club is not open now: walk-ins register during its opening hours. */
public class ClubClosed extends CourtException {

    public ClubClosed() {
        super("walk-in-club-closed");
    }
}
