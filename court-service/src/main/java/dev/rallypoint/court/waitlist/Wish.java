package dev.rallypoint.court.waitlist;

import dev.rallypoint.court.club.TimeRange;
import java.time.Duration;
import java.util.UUID;

/**
 * What a member waits for: a court (and so its club) or any court of a club, a window, how long they
 * want to play inside it, and for how many.
 */
record Wish(UUID clubId, UUID courtId, TimeRange window, Duration length, int partySize) {

    Wish {
        if (length.isNegative() || length.isZero() || length.compareTo(window.duration()) > 0) {
            throw new InvalidWish("length");
        }
        if (partySize < 1 || partySize > 8) {
            throw new InvalidWish("partySize");
        }
    }
}
