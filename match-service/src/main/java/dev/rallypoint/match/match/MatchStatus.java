package dev.rallypoint.match.match;

/** Where a match stands. */
public enum MatchStatus {

    /** Formed by the matcher on a court held for it; the players are told and confirm before a deadline. */
    FORMED,

    /** Every player confirmed in time. */
    CONFIRMED,

    /** A player declined, or not everyone confirmed in time: the hold is released. */
    CANCELLED,

    /** The two sides reported different results; an admin settles it. */
    DISPUTED,

    /** Both sides agreed on the result (or an admin settled it); ratings moved. */
    RECORDED
}
