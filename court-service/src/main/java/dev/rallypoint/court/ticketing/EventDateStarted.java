package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** The date has begun; its seats are no longer sold. */
class EventDateStarted extends CourtException {

    EventDateStarted(UUID id) {
        super(Kind.REFUSED, "event-date-started", id);
    }
}
