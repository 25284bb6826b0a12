package dev.rallypoint.notification.preference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A nightly window, in the member's zone, in which SMS and push wait; it may span midnight
 * ({@code 22:00-08:00}). Empty windows are not allowed.
 */
public record QuietHours(LocalTime from, LocalTime to) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0));

    public QuietHours {
        if (from == null || to == null || from.equals(to)) {
            throw new IllegalArgumentException("Quiet hours need a start and a different end");
        }
    }

    /**
     * When a message due at {@code at} may go out: {@code at} itself outside the window, the window's end
     * (in the zone, DST-safe) inside it.
     */
    public Instant releaseOf(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean spansMidnight = from.isAfter(to);
        boolean quiet = spansMidnight ? !time.isBefore(from) || time.isBefore(to)
                : !time.isBefore(from) && time.isBefore(to);
        if (!quiet) {
            return at;
        }
        LocalDate endDay = spansMidnight && !time.isBefore(from) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        return ZonedDateTime.of(endDay, to, zone).toInstant();
    }
}
