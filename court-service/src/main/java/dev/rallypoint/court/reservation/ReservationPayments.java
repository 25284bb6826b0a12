package dev.rallypoint.court.reservation;

import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.CourtCalendarChanged;
import dev.rallypoint.court.club.TimeRange;
import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reservation's side of the payment saga, for the saga orchestrator: each step locks the
 * reservation row, calls one aggregate verb and saves it, inside the caller's transaction (so the
 * saga's own record and messages commit with it).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ReservationPayments {

    private final ReservationRepository repository;

    private final Clubs clubs;

    private final SlotGuard guard;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ReservationPayments(ReservationRepository repository, Clubs clubs, SlotGuard guard, ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.clubs = clubs;
        this.guard = guard;
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

    /**
     * The price difference of a change was declined or never answered ({@code reason}): a reservation
     * still confirmed moves back to its previous time if that is still free (and not yet begun),
     * otherwise it is cancelled without a fee, and what was paid is refunded. A reservation no longer
     * confirmed stays as it is. Another reservation taking the previous time concurrently makes the
     * exclusion constraint fail this transaction; retried, it then finds the time taken and cancels.
     */
    public PayableReservation changeUnpaid(UUID reservationId, UUID previousCourtId, TimeRange previousRange,
            long previousPrice, String reason) {
        Reservation reservation = locked(reservationId);
        if (reservation.status() != ReservationStatus.CONFIRMED) {
            return PayableReservation.of(reservation);
        }
        UUID courtId = reservation.courtId();
        List<TimeRange> left = Reservations.slotsOf(clubs.scheduleOf(reservation.clubId()), reservation.range());
        boolean previousFree = clock.instant().isBefore(previousRange.start())
                && !repository.occupiedByOther(previousCourtId, previousRange.start(), previousRange.end(), reservationId)
                && clubs.blocksOf(previousCourtId, previousRange).isEmpty();
        if (previousFree) {
            reservation.undoChange(previousCourtId, previousRange, previousPrice, reason, clock);
        }
        else {
            reservation.cancelUnpaidChange(reason, clock);
        }
        repository.saveAndFlush(reservation);
        events.publishEvent(new CourtCalendarChanged(new HashSet<>(List.of(courtId, previousCourtId))));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                guard.clear(courtId, left);
            }
        });
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
