package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** No such date of this event. */
class EventDateNotFound extends CourtException {

    EventDateNotFound(UUID id) {
        super(Kind.NOT_FOUND, "event-date-not-found", id);
    }
}
