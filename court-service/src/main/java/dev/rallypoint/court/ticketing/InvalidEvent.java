package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;

/** An event's dates contradict each other or lie in the past. */
public class InvalidEvent extends CourtException {

    InvalidEvent(String reason) {
        super("invalid-event", reason);
    }
}
