package dev.rallypoint.court.club;

import dev.rallypoint.court.CourtException;

/** A range whose end is not after its start. */
public class InvalidTimeRange extends CourtException {

    public InvalidTimeRange() {
        super("invalid-time-range");
    }
}
