package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;

/** The member already holds or owns as many seats of this date as one member may. */
class TooManySeats extends CourtException {

    TooManySeats(int limit) {
        super(Kind.REFUSED, "too-many-seats", limit);
    }
}
