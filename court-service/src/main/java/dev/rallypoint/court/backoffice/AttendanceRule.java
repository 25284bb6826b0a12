package dev.rallypoint.court.backoffice;

import java.time.Duration;
import java.time.Instant;

/**
 * A club's rule for check-in and no-shows. While {@code enabled}, a confirmed reservation is checked
 * in from {@code checkInOpens} before its start until {@code checkInCloses} after it; without a
 * check-in by then it becomes a no-show, charged by the {@code noShowPolicy}; {@code suspendAfter}
 * no-shows within {@code window} suspend the member's online booking in the club for
 * {@code suspension}. A club without a rule of its own has the disabled {@link #DEFAULT}.
 */
record AttendanceRule(boolean enabled, Duration checkInOpens, Duration checkInCloses, NoShowPolicy noShowPolicy,
        int suspendAfter, Duration window, Duration suspension) {

    static final AttendanceRule DEFAULT = new AttendanceRule(false, Duration.ofMinutes(30), Duration.ofMinutes(15),
            new NoShowPolicy.NoRefund(), 3, Duration.ofDays(90), Duration.ofDays(30));

    AttendanceRule {
        require(between(checkInOpens, Duration.ZERO, Duration.ofHours(4)), "check-in-opens");
        require(between(checkInCloses, Duration.ofMinutes(1), Duration.ofHours(4)), "check-in-closes");
        require(noShowPolicy != null, "no-show-policy");
        require(suspendAfter >= 1 && suspendAfter <= 100, "suspend-after");
        require(between(window, Duration.ofDays(1), Duration.ofDays(365)), "window");
        require(between(suspension, Duration.ZERO, Duration.ofDays(365)), "suspension");
    }

    /** When a reservation starting at {@code start} without a check-in becomes a no-show. */
    Instant noShowAt(Instant start) {
        return start.plus(checkInCloses);
    }

    /**
     * Whether {@code noShowsInWindow} no-shows (this one included) within the window suspend the member's
     * online booking; until when, or {@code null} if not.
     */
    Instant suspendedUntil(int noShowsInWindow, Instant now) {
        if (!enabled || noShowsInWindow < suspendAfter || suspension.isZero()) {
            return null;
        }
        return now.plus(suspension);
    }

    private static boolean between(Duration value, Duration min, Duration max) {
        return value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    private static void require(boolean valid, String rule) {
        if (!valid) {
            throw new InvalidAttendanceRule(rule);
        }
    }
}
