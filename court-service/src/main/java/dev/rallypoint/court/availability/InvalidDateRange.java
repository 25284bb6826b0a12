package dev.rallypoint.court.availability;

import dev.rallypoint.court.CourtException;

/** A date range that ends before it starts or spans too many days. */
public class InvalidDateRange extends CourtException {

    public InvalidDateRange(int maxDays) {
        super("invalid-date-range", maxDays);
    }
}
