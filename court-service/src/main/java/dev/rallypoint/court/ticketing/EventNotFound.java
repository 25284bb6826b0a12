package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** No ticketed event with this id. */
class EventNotFound extends CourtException {

    EventNotFound(UUID id) {
        super(Kind.NOT_FOUND, "event-not-found", id);
    }
}
