package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** The reservation cannot be offered: it has started, or it is neither held nor confirmed. */
public class ReservationNotUsable extends MatchException {

    ReservationNotUsable(UUID reservation) {
        super(Kind.CONFLICT, "reservation-not-usable", reservation);
    }
}
