package dev.rallypoint.match.match;

/** Where a match stands. */
public enum MatchStatus {

    /** Formed by the matcher; the players are told. */
    FORMED,

    /** The two sides reported different results; an admin settles it. */
    DISPUTED,

    /** Both sides agreed on the result (or an admin settled it); ratings moved. */
    RECORDED
}
