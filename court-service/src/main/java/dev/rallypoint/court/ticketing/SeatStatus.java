package dev.rallypoint.court.ticketing;

/** Where a seat of an event date stands in the seat map. */
public enum SeatStatus {
    /** For sale. */
    AVAILABLE,
    /** Held by a member who has not paid yet (or is paying). */
    HELD,
    /** Paid for. */
    RESERVED,
    /** Given back; for sale again at the next daily reopening. */
    CANCELED,
    /** Its date was cancelled: never for sale again. */
    WITHDRAWN
}
