package dev.rallypoint.court.reservation;

import dev.rallypoint.court.Actor;
import dev.rallypoint.court.club.BookableCourt;
import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.CourtCalendarChanged;
import dev.rallypoint.court.club.NotClubManager;
import dev.rallypoint.court.club.Schedule;
import dev.rallypoint.court.club.TimeRange;
import dev.rallypoint.support.admission.RequestDeadline;
import dev.rallypoint.support.security.Caller;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The use cases of reservations. A hold passes three guards, cheapest first: the slot markers in
 * Redis and a lock per slot taken without waiting (one Redis round trip checks the one and takes the
 * other, {@link SlotGuard#claim}), and the database's exclusion constraint, which has the last word;
 * whichever turns a request away answers 409 {@code slot-taken}. The first two cost no database
 * connection, so the losers of a burst on one slot are answered in microseconds; a hold whose caller
 * has already given up (its deadline passed) stops before the database too. The winner's path is kept
 * short: its statements and round trips are counted in {@code HoldCostTests}.
 */
@Component
class Reservations {

    private static final Logger log = LoggerFactory.getLogger(Reservations.class);

    private static final Set<String> SLOT_CONFLICT_STATES = Set.of("23P01", "40P01", "40001", "55P03");

    private final ReservationRepository repository;

    private final Clubs clubs;

    private final SlotGuard guard;

    private final TransactionTemplate transactions;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final ReservationMetrics metrics;

    private final HoldLimits limits;

    private final ReservationProperties properties;

    private final Clock clock;

    Reservations(ReservationRepository repository, Clubs clubs, SlotGuard guard, TransactionTemplate transactions,
            JdbcClient jdbc, ApplicationEventPublisher events, ReservationMetrics metrics, HoldLimits limits,
            ReservationProperties properties, Clock clock) {
        this.repository = repository;
        this.clubs = clubs;
        this.guard = guard;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.events = events;
        this.metrics = metrics;
        this.limits = limits;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Holds a court for the calling member. Asking again for exactly what the member already holds
     * (a retry after a lost answer) is answered with that hold instead of a conflict.
     */
    Hold hold(Caller caller, UUID courtId, TimeRange range) {
        UUID memberId = caller.userId();
        BookableCourt court = clubs.bookable(courtId);
        List<TimeRange> slots = BookingPolicy.slotsFor(court, range, clock.instant());
        try (SlotGuard.Claim claim = guard.claim(courtId, slots, null)) {
            if (claim.taken().isPresent()) {
                return heldAlready(memberId, courtId, range, claim.taken().get()).orElseThrow(() -> conflict("marker"));
            }
            if (claim.locked()) {
                throw conflict("lock");
            }
            RequestDeadline.requireTimeLeft();
            Reservation held = insertHold(court, range, memberId);
            claim.markAndRelease(held.id(), memberId, held.heldUntil());
            metrics.held();
            log.info("Reservation {} held: court {} {} to {} for member {} until {}, price {}", held.id(), courtId,
                    range.start(), range.end(), memberId, held.heldUntil(), held.price());
            return new Hold(held, true);
        }
    }

    /**
     * Stores the hold in one transaction: overdue holds in its way expired (the constraint would still
     * count them), the member's limits, the court's blocks, the row.
     */
    private Reservation insertHold(BookableCourt court, TimeRange range, UUID memberId) {
        return inTransaction(() -> {
            Instant now = clock.instant();
            serializePerMember(memberId);
            expireOverdueIn(court.courtId(), range, now);
            limits.check(memberId, court, now);
            requireUnblocked(court.courtId(), range);
            Reservation reservation = repository.saveAndFlush(Reservation.hold(court, range, memberId,
                    properties.holdFor(), clock));
            events.publishEvent(CourtCalendarChanged.of(court.courtId()));
            return reservation;
        });
    }

    /** The member's running hold of exactly this court and time, found through the slot markers. */
    private Optional<Hold> heldAlready(UUID memberId, UUID courtId, TimeRange range, SlotGuard.Occupancy occupancy) {
        return occupancy.heldBy(memberId)
                .flatMap(repository::findById)
                .filter(reservation -> reservation.memberId().equals(memberId) && reservation.courtId().equals(courtId)
                        && reservation.range().equals(range) && reservation.status() == ReservationStatus.HELD
                        && !reservation.isHeldPast(clock.instant()))
                .map(reservation -> {
                    log.info("Reservation {} asked for again by member {}: answered with the running hold",
                            reservation.id(), memberId);
                    return new Hold(reservation, false);
                });
    }

    /** Moves a reservation to another range or court of its club; the new slots are taken before the old are freed. */
    Reservation change(Caller caller, Actor by, UUID reservationId, UUID courtId, TimeRange range) {
        Reservation current = find(caller, by, reservationId);
        BookableCourt court = clubs.bookable(courtId);
        List<TimeRange> slots = BookingPolicy.slotsFor(court, range, clock.instant());
        TimeRange previousRange = current.range();
        UUID previousCourt = current.courtId();
        try (SlotGuard.Claim claim = guard.claim(courtId, slots, reservationId)) {
            if (claim.taken().isPresent()) {
                throw conflict("marker");
            }
            if (claim.locked()) {
                throw conflict("lock");
            }
            Reservation changed = inTransaction(() -> {
                boundLockWaits();
                Reservation reservation = repository.findForUpdate(reservationId)
                        .orElseThrow(() -> new ReservationNotFound(reservationId));
                expireOverdueIn(courtId, range, clock.instant());
                requireUnblocked(courtId, range);
                reservation.changeTo(court, range, by, clock);
                repository.saveAndFlush(reservation);
                events.publishEvent(new CourtCalendarChanged(new HashSet<>(List.of(previousCourt, courtId))));
                return reservation;
            });
            guard.clear(previousCourt, slotsOf(changed.clubId(), previousRange));
            claim.markAndRelease(changed.id(), changed.memberId(), changed.heldUntil());
            metrics.changed();
            log.info("Reservation {} changed by {} {}: court {} {} to {} -> court {} {} to {}", reservationId, by,
                    caller.subject(), previousCourt, previousRange.start(), previousRange.end(), courtId, range.start(),
                    range.end());
            return changed;
        }
    }

    /** Cancels under the club's cancellation policy (members) or free of charge (staff). */
    Reservation cancel(Caller caller, Actor by, UUID reservationId) {
        Schedule[] schedule = new Schedule[1];
        Reservation cancelled = inTransaction(() -> {
            Reservation reservation = authorized(caller, by, repository.findForUpdate(reservationId)
                    .orElseThrow(() -> new ReservationNotFound(reservationId)));
            Clubs.Setup club = clubs.setupOf(reservation.clubId());
            schedule[0] = club.schedule();
            CancellationPolicy policy = new CancellationPolicy(club.rules());
            reservation.cancel(by, policy.feeFor(reservation, by, clock.instant()), clock);
            repository.save(reservation);
            events.publishEvent(CourtCalendarChanged.of(reservation.courtId()));
            return reservation;
        });
        guard.clear(cancelled.courtId(), slotsOf(schedule[0], cancelled.range()));
        metrics.cancelled(by);
        log.info("Reservation {} cancelled by {} {}, fee {}", reservationId, by, caller.subject(), cancelled.cancellationFee());
        return cancelled;
    }

    Reservation complete(Caller caller, UUID reservationId) {
        return transactions.execute(status -> {
            Reservation reservation = authorized(caller, Actor.staffOf(caller), repository.findForUpdate(reservationId)
                    .orElseThrow(() -> new ReservationNotFound(reservationId)));
            reservation.complete(clock);
            log.info("Reservation {} completed, recorded by {}", reservationId, caller.subject());
            return repository.save(reservation);
        });
    }

    Reservation markNoShow(Caller caller, UUID reservationId) {
        return transactions.execute(status -> {
            Reservation reservation = authorized(caller, Actor.staffOf(caller), repository.findForUpdate(reservationId)
                    .orElseThrow(() -> new ReservationNotFound(reservationId)));
            reservation.markNoShow(clock);
            log.info("Reservation {} marked no-show by {}", reservationId, caller.subject());
            return repository.save(reservation);
        });
    }

    /** A reservation the caller may see in the given capacity. */
    Reservation find(Caller caller, Actor as, UUID reservationId) {
        return authorized(caller, as, repository.findById(reservationId)
                .orElseThrow(() -> new ReservationNotFound(reservationId)));
    }

    private Reservation authorized(Caller caller, Actor as, Reservation reservation) {
        switch (as) {
            case MEMBER -> {
                if (!caller.is(reservation.memberId())) {
                    throw new ReservationNotFound(reservation.id());
                }
            }
            case MANAGER -> {
                if (!clubs.manages(caller, reservation.clubId())) {
                    throw new NotClubManager(reservation.clubId());
                }
            }
            case ADMIN -> {
                if (!caller.isAdmin()) {
                    throw new ReservationNotFound(reservation.id());
                }
            }
        }
        return reservation;
    }

    /** Expires the overdue holds of a court overlapping a range, so their time can be taken at once. */
    private int expireOverdueIn(UUID courtId, TimeRange range, Instant now) {
        List<Reservation> overdue = repository.findOverdueOverlapping(courtId, range.start(), range.end(), now);
        for (Reservation reservation : overdue) {
            reservation.expire(clock);
            repository.save(reservation);
            log.info("Reservation {} expired: held until {}, its time was requested again", reservation.id(),
                    reservation.heldUntil());
        }
        if (!overdue.isEmpty()) {
            repository.flush();
            metrics.expired(overdue.size());
        }
        return overdue.size();
    }

    private void requireUnblocked(UUID courtId, TimeRange range) {
        if (!clubs.blocksOf(courtId, range).isEmpty()) {
            throw new CourtBlocked();
        }
    }

    /**
     * One member's holds one after another, so that the hold limit cannot be raced past; the same round
     * trip bounds the transaction's lock waits ({@link #boundLockWaits()}).
     */
    private void serializePerMember(UUID memberId) {
        jdbc.sql("select set_config('lock_timeout', :timeout, true) from pg_advisory_xact_lock(hashtextextended(:member, 0))")
                .param("member", memberId.toString())
                .param("timeout", properties.databaseLockWait().toMillis() + "ms")
                .query(String.class)
                .single();
    }

    /**
     * A competing transaction on the same time (possible only when Redis did not stop it) makes this
     * one wait in the exclusion check; bounded, the loser gives up fast and answers 409 instead of
     * holding a connection.
     */
    private void boundLockWaits() {
        jdbc.sql("select set_config('lock_timeout', :timeout, true)")
                .param("timeout", properties.databaseLockWait().toMillis() + "ms")
                .query(String.class)
                .single();
    }

    private List<TimeRange> slotsOf(UUID clubId, TimeRange range) {
        return slotsOf(clubs.scheduleOf(clubId), range);
    }

    /** The whole slots of a club's schedule a range is made of. */
    static List<TimeRange> slotsOf(Schedule schedule, TimeRange range) {
        List<TimeRange> slots = new ArrayList<>();
        for (Instant start = range.start(); start.isBefore(range.end()); start = start.plus(schedule.slotLength())) {
            slots.add(new TimeRange(start, start.plus(schedule.slotLength())));
        }
        return slots;
    }

    private <T> T inTransaction(Supplier<T> work) {
        try {
            return transactions.execute(status -> work.get());
        }
        catch (DataAccessException ex) {
            throw translated(ex);
        }
    }

    private RuntimeException translated(DataAccessException ex) {
        return isSlotConflict(ex) ? conflict("database") : ex;
    }

    static boolean isSlotConflict(Throwable ex) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = ex; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && SLOT_CONFLICT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A hold and whether this request made it ({@code false}: the member's running hold, asked for again). */
    record Hold(Reservation reservation, boolean created) {
    }

    private SlotTaken conflict(String guardName) {
        metrics.conflict(guardName);
        return new SlotTaken();
    }
}
