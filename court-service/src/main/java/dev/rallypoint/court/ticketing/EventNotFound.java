package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** No ticketed event with this id. */
public class EventNotFound extends CourtException {

    EventNotFound(UUID id) {
        super("event-not-found", id);
    }
}
