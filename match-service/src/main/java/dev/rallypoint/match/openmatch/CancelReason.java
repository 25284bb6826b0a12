package dev.rallypoint.match.openmatch;

/** Why an open match was called off: by its publisher, or because court-service ended its reservation. */
public enum CancelReason {
    PUBLISHER, RESERVATION_ENDED
}
