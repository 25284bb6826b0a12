package dev.rallypoint.court.reservation;

import java.time.Instant;
import java.util.UUID;

/** What the payment saga sees of a reservation it settles. */
public record PayableReservation(UUID id, UUID memberId, UUID clubId, UUID courtId, long price,
        ReservationStatus status, Instant heldUntil, String paymentFailure) {

    static PayableReservation of(Reservation reservation) {
        return new PayableReservation(reservation.id(), reservation.memberId(), reservation.clubId(),
                reservation.courtId(), reservation.price(), reservation.status(), reservation.heldUntil(),
                reservation.paymentFailure());
    }
}
