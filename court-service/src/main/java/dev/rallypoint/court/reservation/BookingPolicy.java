package dev.rallypoint.court.reservation;

import dev.rallypoint.court.club.BookableCourt;
import dev.rallypoint.court.club.BookingRules;
import dev.rallypoint.court.club.TimeRange;
import java.time.Instant;
import java.util.List;

/**
 * Whether a member may book a range of a court now: in the future, not too soon, not too far ahead,
 * on the slot grid within opening hours, and not too long.
 */
final class BookingPolicy {

    private BookingPolicy() {
    }

    /** The slots of the range, when the rules allow booking it at {@code now}. */
    static List<TimeRange> slotsFor(BookableCourt court, TimeRange range, Instant now) {
        BookingRules rules = court.rules();
        if (range.start().isBefore(now)) {
            throw new SlotInThePast();
        }
        if (range.start().isBefore(now.plus(rules.minimumNotice()))) {
            throw new TooShortNotice(rules.minimumNoticeMinutes());
        }
        if (range.start().isAfter(now.plus(rules.advanceWindow()))) {
            throw new BeyondAdvanceWindow(rules.advanceWindowDays());
        }
        List<TimeRange> slots = court.slotsIn(range);
        if (slots.size() > rules.maxSlotsPerReservation()) {
            throw new TooManySlots(rules.maxSlotsPerReservation());
        }
        return slots;
    }
}
