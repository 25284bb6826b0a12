package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.Actor;
import java.time.Instant;
import java.util.UUID;

/** A seat reservation as its member sees it. */
record SeatReservationView(UUID id, UUID eventId, UUID dateId, int seatNumber, UUID memberId,
        SeatReservationStatus status, long price, Instant heldUntil, UUID paymentId, String failureReason,
        Actor cancelledBy, Instant createdAt, Instant updatedAt) {

    static SeatReservationView from(SeatReservation reservation) {
        return new SeatReservationView(reservation.id(), reservation.eventId(), reservation.eventDateId(),
                reservation.seatNumber(), reservation.memberId(), reservation.status(), reservation.price(),
                reservation.heldUntil(), reservation.paymentId(), reservation.failureReason(), reservation.cancelledBy(), reservation.createdAt(),
                reservation.updatedAt());
    }
}
