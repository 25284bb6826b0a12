package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.CourtException;

/** An attendance rule outside what a club may set ({@code rule} names the field). */
public class InvalidAttendanceRule extends CourtException {

    InvalidAttendanceRule(String rule) {
        super("invalid-attendance-rule", rule);
    }
}
