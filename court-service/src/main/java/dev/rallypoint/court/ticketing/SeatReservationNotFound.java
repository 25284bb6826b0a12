package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** No seat reservation with this id, or none of the caller's. */
public class SeatReservationNotFound extends CourtException {

    SeatReservationNotFound(UUID id) {
        super("seat-reservation-not-found", id);
    }
}
