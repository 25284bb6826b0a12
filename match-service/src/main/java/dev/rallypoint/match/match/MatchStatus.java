package dev.rallypoint.match.match;

/** Where a match stands. */
public enum MatchStatus {

    /** Formed by the matcher on a court held for it; the players are told and confirm before a deadline. */
    FORMED,

    /** Every player confirmed in time (a match without a court hold; one with a hold goes on to be paid). */
    CONFIRMED,

    /**
     * Every player confirmed; each one's share of the court is asked of their own wallet. A semantic lock: the
     * match neither falls through nor counts as booked until every share is paid (then {@code PAID}) or one is
     * declined (back to {@code FORMED}) or the shares time out ({@code CANCELLED}).
     */
    PAYMENT_PENDING,

    /** Every share is paid and court-service confirmed the reservation: the court is booked for the match. */
    PAID,

    /** A player declined, or not everyone confirmed in time: the hold is released. */
    CANCELLED,

    /** The two sides reported different results; an admin settles it. */
    DISPUTED,

    /** Both sides agreed on the result (or an admin settled it); ratings moved. */
    RECORDED
}
