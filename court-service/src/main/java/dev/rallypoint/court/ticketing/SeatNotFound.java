package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;

/** The date has no seat with this number. */
class SeatNotFound extends CourtException {

    SeatNotFound(int seatNumber, int seatCount) {
        super(Kind.NOT_FOUND, "seat-not-found", seatNumber, seatCount);
    }
}
