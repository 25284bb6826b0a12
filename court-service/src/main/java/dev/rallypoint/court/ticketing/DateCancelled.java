package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** The club cancelled the date; its seats are no longer sold. */
class DateCancelled extends CourtException {

    DateCancelled(UUID id) {
        super(Kind.REFUSED, "event-date-cancelled", id);
    }
}
