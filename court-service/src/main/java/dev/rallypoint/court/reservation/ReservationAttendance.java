package dev.rallypoint.court.reservation;

import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.CourtCalendarChanged;
import dev.rallypoint.court.club.TimeRange;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reservation's side of the back office: check-in, no-show and completion. Each step locks the
 * reservation row, calls one aggregate verb and saves it inside the caller's transaction; the caller
 * decides who may do it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ReservationAttendance {

    private final ReservationRepository repository;

    private final Clubs clubs;

    private final SlotGuard guard;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ReservationAttendance(ReservationRepository repository, Clubs clubs, SlotGuard guard, ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.clubs = clubs;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** The reservation as it is now, locked for the rest of the transaction. */
    public Reservation locked(UUID reservationId) {
        return repository.findForUpdate(reservationId).orElseThrow(() -> new ReservationNotFound(reservationId));
    }

    public Reservation checkIn(Reservation reservation, Duration opensBefore, Duration closesAfter) {
        reservation.checkIn(opensBefore, closesAfter, clock);
        return repository.save(reservation);
    }

    /** Marks the no-show and frees the court: its slot markers go once the transaction committed. */
    public Reservation markNoShow(Reservation reservation, long kept) {
        reservation.markNoShow(kept, clock);
        repository.saveAndFlush(reservation);
        events.publishEvent(CourtCalendarChanged.of(reservation.courtId()));
        UUID courtId = reservation.courtId();
        List<TimeRange> slots = Reservations.slotsOf(clubs.scheduleOf(reservation.clubId()), reservation.range());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                guard.clear(courtId, slots);
            }
        });
        return reservation;
    }

    public Reservation complete(Reservation reservation) {
        reservation.complete(clock);
        return repository.save(reservation);
    }
}
