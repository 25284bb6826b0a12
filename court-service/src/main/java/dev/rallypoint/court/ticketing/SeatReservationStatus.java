package dev.rallypoint.court.ticketing;

/** The lifecycle of one member's reservation of one seat. */
public enum SeatReservationStatus {
    HELD, PAYMENT_PENDING, RESERVED, CANCELED, EXPIRED
}
