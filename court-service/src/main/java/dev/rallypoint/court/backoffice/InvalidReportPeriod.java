package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.CourtException;

/** A report period needs a length and a date. */
class InvalidReportPeriod extends CourtException {

    InvalidReportPeriod() {
        super(Kind.INVALID, "invalid-report-period");
    }
}
