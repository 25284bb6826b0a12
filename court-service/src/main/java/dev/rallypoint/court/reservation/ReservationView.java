package dev.rallypoint.court.reservation;

import dev.rallypoint.court.Actor;
import java.time.Instant;
import java.util.UUID;

/** A reservation as its member, the club's managers and admins see it. */
record ReservationView(UUID id, UUID courtId, UUID clubId, UUID memberId, Instant startsAt, Instant endsAt,
        ReservationStatus status, long price, Instant heldUntil, Actor cancelledBy, Long cancellationFee,
        String paymentFailure, Instant createdAt, Instant updatedAt) {

    static ReservationView from(Reservation reservation) {
        return new ReservationView(reservation.id(), reservation.courtId(), reservation.clubId(), reservation.memberId(),
                reservation.range().start(), reservation.range().end(), reservation.status(), reservation.price(),
                reservation.heldUntil(), reservation.cancelledBy(), reservation.cancellationFee(), reservation.paymentFailure(),
                reservation.createdAt(), reservation.updatedAt());
    }
}
