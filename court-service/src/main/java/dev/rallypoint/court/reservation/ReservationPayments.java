package dev.rallypoint.court.reservation;

import dev.rallypoint.court.club.CourtCalendarChanged;
import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reservation's side of the payment saga, for the saga orchestrator: each step locks the
 * reservation row, calls one aggregate verb and saves it, inside the caller's transaction (so the
 * saga's own record and messages commit with it).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ReservationPayments {

    private final ReservationRepository repository;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ReservationPayments(ReservationRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** The calling member starts paying for their own hold; anyone else's reservation is not found. */
    public PayableReservation startPayment(Caller caller, UUID reservationId) {
        Reservation reservation = locked(reservationId);
        if (!caller.is(reservation.memberId())) {
            throw new ReservationNotFound(reservationId);
        }
        reservation.requestPayment(clock);
        repository.save(reservation);
        return PayableReservation.of(reservation);
    }

    public PayableReservation confirm(UUID reservationId, UUID paymentId) {
        Reservation reservation = locked(reservationId);
        reservation.confirm(paymentId, clock);
        repository.save(reservation);
        events.publishEvent(CourtCalendarChanged.of(reservation.courtId()));
        return PayableReservation.of(reservation);
    }

    /** Hands the hold back after a failed payment; a reservation no longer waiting for it stays as it is. */
    public PayableReservation paymentFailed(UUID reservationId, String reason) {
        Reservation reservation = locked(reservationId);
        if (reservation.status() != ReservationStatus.PAYMENT_PENDING) {
            return PayableReservation.of(reservation);
        }
        reservation.paymentFailed(reason, clock);
        repository.save(reservation);
        events.publishEvent(CourtCalendarChanged.of(reservation.courtId()));
        return PayableReservation.of(reservation);
    }

    /** The reservation as it is now, locked for the rest of the transaction. */
    public PayableReservation current(UUID reservationId) {
        return PayableReservation.of(locked(reservationId));
    }

    private Reservation locked(UUID reservationId) {
        return repository.findForUpdate(reservationId).orElseThrow(() -> new ReservationNotFound(reservationId));
    }
}
