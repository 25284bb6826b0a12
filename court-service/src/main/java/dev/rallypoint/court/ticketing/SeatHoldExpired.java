package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** The hold ran out before it was paid; hold the seat again. */
class SeatHoldExpired extends CourtException {

    SeatHoldExpired(UUID id) {
        super(Kind.CONFLICT, "seat-hold-expired", id);
    }
}
