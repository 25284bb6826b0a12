package dev.rallypoint.court.reservation;

import static dev.rallypoint.court.Api.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Slot times of the test clubs (UTC, open 06:00-22:00 in one-hour slots) and hold bodies. */
final class Slots {

    private Slots() {
    }

    /** {@code hour}:00 UTC, {@code days} days from today. */
    static Instant at(int days, int hour) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    static String body(UUID courtId, Instant start, Instant end) {
        return json("{'courtId':'%s','startsAt':'%s','endsAt':'%s'}", courtId, start, end);
    }

    static String body(UUID courtId, int days, int fromHour, int toHour) {
        return body(courtId, at(days, fromHour), at(days, toHour));
    }
}
