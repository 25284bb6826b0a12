package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** The date has begun; its seats are no longer sold. */
public class EventDateStarted extends CourtException {

    EventDateStarted(UUID id) {
        super("event-date-started", id);
    }
}
