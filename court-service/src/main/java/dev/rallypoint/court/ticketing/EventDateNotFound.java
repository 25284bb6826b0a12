package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** No such date of this event. */
public class EventDateNotFound extends CourtException {

    EventDateNotFound(UUID id) {
        super("event-date-not-found", id);
    }
}
