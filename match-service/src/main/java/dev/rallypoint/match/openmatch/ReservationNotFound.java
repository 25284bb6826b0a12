package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** court-service shows the caller no such reservation: not theirs, not of a club they run, or none. */
public class ReservationNotFound extends MatchException {

    ReservationNotFound(UUID reservation) {
        super(Kind.NOT_FOUND, "reservation-not-found", reservation);
    }
}
