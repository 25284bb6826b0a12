package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtException;

/** The requested time is further ahead than the club lets members book. */
public class BeyondAdvanceWindow extends CourtException {

    public BeyondAdvanceWindow(int days) {
        super("beyond-advance-window", days);
    }
}
