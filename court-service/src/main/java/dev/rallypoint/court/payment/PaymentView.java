package dev.rallypoint.court.payment;

import dev.rallypoint.court.reservation.PayableReservation;
import dev.rallypoint.court.reservation.ReservationStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * The answer to a payment request: the reservation's state (then {@code PAYMENT_PENDING}) and the
 * attempt; the outcome shows on the reservation, which the client polls.
 */
record PaymentView(UUID reservationId, ReservationStatus status, UUID paymentId, long amount, Instant heldUntil,
        Instant answerDue) {

    static PaymentView of(PayableReservation reservation, Payment payment) {
        return new PaymentView(reservation.id(), reservation.status(), payment.id(), payment.amount(),
                reservation.heldUntil(), payment.answerDue());
    }

    static PaymentView free(PayableReservation reservation) {
        return new PaymentView(reservation.id(), reservation.status(), null, 0, reservation.heldUntil(), null);
    }
}
