package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** The reservation is already offered as an open match that is not cancelled. */
public class ReservationAlreadyOffered extends MatchException {

    ReservationAlreadyOffered(UUID reservation) {
        super(Kind.CONFLICT, "reservation-already-offered", reservation);
    }
}
