package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;

/** The member already holds or owns as many seats of this date as one member may. */
public class TooManySeats extends CourtException {

    TooManySeats(int limit) {
        super("too-many-seats", limit);
    }
}
