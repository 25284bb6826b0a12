package dev.rallypoint.match.request;

/** Where a match request stands. Only an open request can be matched or cancelled. */
public enum RequestStatus {

    /** Waiting for the matcher. */
    OPEN,

    /** In a match. */
    MATCHED,

    /** Withdrawn by the player or their partner. */
    CANCELLED,

    /** Every window passed before a match was found. */
    EXPIRED
}
