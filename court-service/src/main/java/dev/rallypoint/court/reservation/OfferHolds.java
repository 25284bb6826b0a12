package dev.rallypoint.court.reservation;

import dev.rallypoint.court.Actor;
import dev.rallypoint.court.CourtException;
import dev.rallypoint.court.club.BookableCourt;
import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.CourtCalendarChanged;
import dev.rallypoint.court.club.TimeRange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds made on a member's behalf by the waitlist: a normal {@code HELD} reservation with its own,
 * shorter deadline, paid or cancelled through the usual reservation API. Runs inside the caller's
 * transaction; the exclusion constraint still has the last word over a hold racing it.
 */
@Component
public class OfferHolds {

    private static final Logger log = LoggerFactory.getLogger(OfferHolds.class);

    private final ReservationRepository repository;

    private final Clubs clubs;

    private final SlotGuard guard;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    OfferHolds(ReservationRepository repository, Clubs clubs, SlotGuard guard, ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.clubs = clubs;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Holds the range of the court for the member until {@code holdFor} from now, when the booking
     * rules allow it now and nothing occupies or blocks it; empty otherwise.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Offered> holdFor(UUID memberId, UUID courtId, TimeRange range, Duration holdFor) {
        BookableCourt court;
        List<TimeRange> slots;
        Instant now = clock.instant();
        try {
            court = clubs.bookable(courtId);
            slots = BookingPolicy.slotsFor(court, range, now);
        }
        catch (CourtException ex) {
            return Optional.empty();
        }
        for (Reservation overdue : repository.findOverdueOverlapping(courtId, range.start(), range.end(), now)) {
            overdue.expire(clock);
            repository.save(overdue);
        }
        if (repository.occupiedByOther(courtId, range.start(), range.end(), new UUID(0, 0))
                || !clubs.blocksOf(courtId, range).isEmpty()) {
            return Optional.empty();
        }
        Reservation held = repository.saveAndFlush(Reservation.hold(court, range, memberId, holdFor, clock));
        events.publishEvent(CourtCalendarChanged.of(courtId));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                guard.mark(courtId, slots, held.id(), memberId, held.heldUntil());
            }
        });
        log.info("Reservation {} held as a waitlist offer: court {} {} to {} for member {} until {}", held.id(), courtId,
                range.start(), range.end(), memberId, held.heldUntil());
        return Optional.of(new Offered(held.id(), held.clubId(), held.heldUntil()));
    }

    /** The slots among {@code slots} that nothing occupies now (a hold past its deadline counts as free). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<TimeRange> freeAmong(UUID courtId, List<TimeRange> slots) {
        if (slots.isEmpty()) {
            return slots;
        }
        Instant now = clock.instant();
        List<TimeRange> occupied = repository.findActiveOverlapping(courtId, slots.getFirst().start(), slots.getLast().end())
                .stream().filter(reservation -> !reservation.isHeldPast(now)).map(Reservation::range).toList();
        return slots.stream().filter(slot -> occupied.stream().noneMatch(slot::overlaps)).toList();
    }

    /** Gives an offered hold back (the member declined): it is cancelled free of charge if it still runs. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(UUID reservationId) {
        repository.findForUpdate(reservationId).filter(reservation -> reservation.status() == ReservationStatus.HELD
                && clock.instant().isBefore(reservation.range().start())).ifPresent(reservation -> {
                    reservation.cancel(Actor.MEMBER, 0, clock);
                    repository.save(reservation);
                    events.publishEvent(CourtCalendarChanged.of(reservation.courtId()));
                    UUID courtId = reservation.courtId();
                    List<TimeRange> slots = Reservations.slotsOf(clubs.scheduleOf(reservation.clubId()), reservation.range());
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            guard.clear(courtId, slots);
                        }
                    });
                    log.info("Reservation {} released: its waitlist offer was declined", reservationId);
                });
    }

    /** A hold made for an offer. */
    public record Offered(UUID reservationId, UUID clubId, Instant heldUntil) {
    }
}
