package dev.rallypoint.match.court;

/** What court-service answered when told that the players paid a match's hold between them. */
public sealed interface SplitConfirmation {

    /** The reservation is {@code CONFIRMED}: the court is booked. */
    record Confirmed() implements SplitConfirmation {
    }

    /** The hold is gone (expired, cancelled, or not the member's): the court is not booked. */
    record Refused(String why) implements SplitConfirmation {
    }

    /** court-service did not answer, failed, or the breaker is open: nothing is known; ask again later. */
    record Unavailable(String reason) implements SplitConfirmation {
    }
}
