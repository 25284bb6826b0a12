package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** The club cancelled the date; its seats are no longer sold. */
public class DateCancelled extends CourtException {

    DateCancelled(UUID id) {
        super("event-date-cancelled", id);
    }
}
