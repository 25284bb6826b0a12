package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** The hold ran out before it was paid; hold the seat again. */
public class SeatHoldExpired extends CourtException {

    SeatHoldExpired(UUID id) {
        super("seat-hold-expired", id);
    }
}
