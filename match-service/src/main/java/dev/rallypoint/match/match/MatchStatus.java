package dev.rallypoint.match.match;

/** Where a match stands. */
public enum MatchStatus {

    /** Formed by the matcher; the players are told. */
    FORMED
}
