package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;

/** The date has no seat with this number. */
public class SeatNotFound extends CourtException {

    SeatNotFound(int seatNumber, int seatCount) {
        super("seat-not-found", seatNumber, seatCount);
    }
}
