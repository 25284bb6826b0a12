package dev.rallypoint.court.club;

import dev.rallypoint.court.CourtException;

/** An operating schedule, booking rule or price rule that contradicts itself. */
public class InvalidSchedule extends CourtException {

    public InvalidSchedule(String reason) {
        super("invalid-schedule", reason);
    }
}
