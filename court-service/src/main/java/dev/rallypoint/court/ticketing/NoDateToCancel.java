package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** Every date of the event has begun: there is nothing left to cancel. */
public class NoDateToCancel extends CourtException {

    NoDateToCancel(UUID eventId) {
        super("no-date-to-cancel", eventId);
    }
}
