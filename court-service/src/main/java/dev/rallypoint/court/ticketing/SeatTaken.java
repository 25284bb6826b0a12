package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;

/** Another member holds or bought this seat, or it waits for its reopening. */
public class SeatTaken extends CourtException {

    SeatTaken(int seatNumber) {
        super("seat-taken", seatNumber);
    }
}
