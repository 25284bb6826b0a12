package dev.rallypoint.match.court;

import java.time.Instant;
import java.util.UUID;

/** What court-service answered when asked to hold a court for a match. */
public sealed interface HoldOutcome {

    /** A court is held for the match until {@code heldUntil}, in the name of {@code memberId}. */
    record Held(UUID reservationId, UUID courtId, UUID memberId, Instant heldUntil, long price) implements HoldOutcome {
    }

    /** Every court of the club is taken (or blocked) at that time. */
    record NoCourtFree() implements HoldOutcome {
    }

    /** court-service did not answer in time, failed, or the breaker is open: nothing is known to be held. */
    record Unavailable(String reason) implements HoldOutcome {
    }
}
