package dev.rallypoint.court.walkin;

import dev.rallypoint.court.CourtException;

/** An answer to a call whose travel time is not between 0 and the most allowed. */
public class TravelTooLong extends CourtException {

    public TravelTooLong(int maxMinutes) {
        super("walk-in-travel-time", maxMinutes);
    }
}
