package dev.rallypoint.court.club;

import jakarta.persistence.Embeddable;
import java.time.Duration;

/**
 * How members may book a club's courts.
 *
 * @param advanceWindowDays how many days ahead a slot may be booked
 * @param minimumNoticeMinutes how long before its start a slot may still be booked
 * @param maxSlotsPerReservation how many consecutive slots one reservation may span
 * @param maxActiveHolds how many unpaid holds a member may have at once (across all clubs)
 * @param maxActiveReservations how many upcoming held or confirmed reservations a member may have in this club
 * @param cancellationDeadlineHours until how long before the start a member cancels free of charge
 * @param cancellationFeePercent the share of the price kept when a member cancels after the deadline
 */
@Embeddable
public record BookingRules(
        int advanceWindowDays,
        int minimumNoticeMinutes,
        int maxSlotsPerReservation,
        int maxActiveHolds,
        int maxActiveReservations,
        int cancellationDeadlineHours,
        int cancellationFeePercent) {

    public static final BookingRules DEFAULT = new BookingRules(14, 30, 4, 2, 4, 24, 50);

    public BookingRules {
        require(advanceWindowDays >= 1 && advanceWindowDays <= 365, "advance-window");
        require(minimumNoticeMinutes >= 0 && minimumNoticeMinutes <= 7 * 24 * 60, "minimum-notice");
        require(maxSlotsPerReservation >= 1 && maxSlotsPerReservation <= 24, "max-slots-per-reservation");
        require(maxActiveHolds >= 1 && maxActiveHolds <= 20, "max-active-holds");
        require(maxActiveReservations >= 1 && maxActiveReservations <= 100, "max-active-reservations");
        require(cancellationDeadlineHours >= 0 && cancellationDeadlineHours <= 24 * 30, "cancellation-deadline");
        require(cancellationFeePercent >= 0 && cancellationFeePercent <= 100, "cancellation-fee");
    }

    public Duration advanceWindow() {
        return Duration.ofDays(advanceWindowDays);
    }

    public Duration minimumNotice() {
        return Duration.ofMinutes(minimumNoticeMinutes);
    }

    public Duration cancellationDeadline() {
        return Duration.ofHours(cancellationDeadlineHours);
    }

    private static void require(boolean valid, String rule) {
        if (!valid) {
            throw new InvalidSchedule(rule);
        }
    }
}
