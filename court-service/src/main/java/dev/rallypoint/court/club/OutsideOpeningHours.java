package dev.rallypoint.court.club;

import dev.rallypoint.court.CourtException;

/** A requested range that is not within one day's opening hours of the club. */
public class OutsideOpeningHours extends CourtException {

    public OutsideOpeningHours() {
        super("outside-opening-hours");
    }
}
