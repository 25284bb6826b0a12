package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.CourtException;

/** A report period needs a length and a date. */
public class InvalidReportPeriod extends CourtException {

    InvalidReportPeriod() {
        super("invalid-report-period");
    }
}
