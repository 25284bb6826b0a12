package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.CourtException;

/** An attendance rule outside what a club may set ({@code rule} names the field). */
class InvalidAttendanceRule extends CourtException {

    InvalidAttendanceRule(String rule) {
        super(Kind.INVALID, "invalid-attendance-rule", rule);
    }
}
