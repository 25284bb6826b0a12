package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** No reservation with this id that the caller may see. */
public class ReservationNotFound extends CourtException {

    public ReservationNotFound(UUID id) {
        super("reservation-not-found", id);
    }
}
