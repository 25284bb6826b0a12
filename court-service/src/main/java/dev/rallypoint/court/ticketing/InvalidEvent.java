package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.CourtException;

/** An event's dates contradict each other or lie in the past. */
class InvalidEvent extends CourtException {

    InvalidEvent(String reason) {
        super(Kind.INVALID, "invalid-event", reason);
    }
}
