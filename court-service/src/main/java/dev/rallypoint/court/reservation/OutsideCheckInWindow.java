package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtException;
import java.time.Instant;

/** A check-in outside the window the club allows around the reservation's start. */
public class OutsideCheckInWindow extends CourtException {

    public OutsideCheckInWindow(Instant opens, Instant closes) {
        super("outside-check-in-window", opens, closes);
    }
}
