package dev.rallypoint.court.backoffice;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** A day, week (Monday to Sunday) or month of a report, in the calendar of the report's zone. */
record ReportPeriod(Length length, LocalDate start) {

    enum Length {
        DAILY, WEEKLY, MONTHLY
    }

    ReportPeriod {
        if (length == null || start == null || !start.equals(startOf(length, start))) {
            throw new InvalidReportPeriod();
        }
    }

    /** The period of this length that contains {@code date}. */
    static ReportPeriod containing(Length length, LocalDate date) {
        return new ReportPeriod(length, startOf(length, date));
    }

    LocalDate end() {
        return switch (length) {
            case DAILY -> start.plusDays(1);
            case WEEKLY -> start.plusWeeks(1);
            case MONTHLY -> start.plusMonths(1);
        };
    }

    ReportPeriod previous() {
        return containing(length, start.minusDays(1));
    }

    Instant from(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    Instant to(ZoneId zone) {
        return end().atStartOfDay(zone).toInstant();
    }

    /** Whether the period is over at {@code now} in the zone: its numbers no longer change. */
    boolean isClosed(Instant now, ZoneId zone) {
        return !now.isBefore(to(zone));
    }

    @Override
    public String toString() {
        return length + " " + start;
    }

    private static LocalDate startOf(Length length, LocalDate date) {
        return switch (length) {
            case DAILY -> date;
            case WEEKLY -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> date.withDayOfMonth(1);
        };
    }
}
