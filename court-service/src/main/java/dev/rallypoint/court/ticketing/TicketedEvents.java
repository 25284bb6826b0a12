package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.NotClubManager;
import dev.rallypoint.support.security.Caller;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The use cases of ticketed events: announcing an event with its dates and seats, holding a seat,
 * paying for it and giving it back. A hold is decided by one conditional update of the seat row that
 * skips a row another racer is taking, so losers are answered 409 at once; the unique index on live
 * seat reservations backs it up. A member holds or owns at most a configured number of seats per date.
 */
@Component
class TicketedEvents {

    private static final Logger log = LoggerFactory.getLogger(TicketedEvents.class);

    private static final Set<String> SEAT_CONFLICT_STATES = Set.of("23505", "40P01", "40001");

    private final TicketedEventRepository events;

    private final EventDateRepository dates;

    private final SeatReservationRepository reservations;

    private final Seats seats;

    private final Clubs clubs;

    private final TransactionTemplate transactions;

    private final JdbcClient jdbc;

    private final TicketingProperties properties;

    private final Clock clock;

    TicketedEvents(TicketedEventRepository events, EventDateRepository dates, SeatReservationRepository reservations,
            Seats seats, Clubs clubs, TransactionTemplate transactions, JdbcClient jdbc, TicketingProperties properties,
            Clock clock) {
        this.events = events;
        this.dates = dates;
        this.reservations = reservations;
        this.seats = seats;
        this.clubs = clubs;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Announces an event of a club the caller manages, with every seat of every date on sale. */
    TicketedEvent announce(Caller caller, EventRequest request) {
        ZoneId zone = clubs.scheduleOf(request.clubId()).zone();
        if (!clubs.manages(caller, request.clubId())) {
            throw new NotClubManager(request.clubId());
        }
        Instant now = clock.instant();
        if (request.dates().stream().anyMatch(start -> !start.isAfter(now))) {
            throw new InvalidEvent("date-in-the-past");
        }
        if (new HashSet<>(request.dates()).size() != request.dates().size()) {
            throw new InvalidEvent("duplicate-date");
        }
        TicketedEvent announced = transactions.execute(status -> {
            TicketedEvent event = events.save(TicketedEvent.announce(request.clubId(), zone, request.title().strip(),
                    request.seatsPerDate(), request.pricePerSeat(), request.highDemand(), caller.userId(), clock));
            for (Instant start : request.dates().stream().sorted().toList()) {
                EventDate date = dates.save(EventDate.of(event, start, clock));
                dates.flush();
                seats.open(date, zone);
            }
            return event;
        });
        log.info("Ticketed event {} announced by {} for club {}: {} dates of {} seats at {}", announced.id(),
                caller.subject(), announced.clubId(), request.dates().size(), announced.seatsPerDate(),
                announced.pricePerSeat());
        return announced;
    }

    /** The event, if the caller manages its club (or is an admin). */
    TicketedEvent managed(Caller caller, UUID eventId) {
        TicketedEvent event = event(eventId);
        if (!clubs.manages(caller, event.clubId())) {
            throw new NotClubManager(event.clubId());
        }
        return event;
    }

    TicketedEvent event(UUID eventId) {
        return events.findById(eventId).orElseThrow(() -> new EventNotFound(eventId));
    }

    /** A date of the event; a date of another event is not found. */
    EventDate date(UUID eventId, UUID dateId) {
        return dates.findById(dateId).filter(date -> date.eventId().equals(eventId))
                .orElseThrow(() -> new EventDateNotFound(dateId));
    }

    /** Holds a seat for the calling member until the hold time runs out. */
    SeatReservation hold(Caller caller, UUID eventId, UUID dateId, int seatNumber) {
        UUID memberId = caller.userId();
        TicketedEvent event = event(eventId);
        EventDate date = date(eventId, dateId);
        date.requireSeat(seatNumber);
        date.requireOnSale(clock.instant());
        SeatReservation held = inTransaction(seatNumber, () -> {
            Instant now = clock.instant();
            serializePerMemberAndDate(memberId, dateId);
            if (reservations.countLive(memberId, dateId, now) >= properties.maxSeatsPerMember()) {
                throw new TooManySeats(properties.maxSeatsPerMember());
            }
            SeatReservation reservation = SeatReservation.hold(event, date, seatNumber, memberId, properties.holdFor(), clock);
            if (!seats.take(dateId, seatNumber, reservation.id(), reservation.heldUntil(), now)) {
                throw new SeatTaken(seatNumber);
            }
            for (SeatReservation overdue : reservations.findOverdueHoldOfSeat(dateId, seatNumber, now)) {
                overdue.expire(clock);
                reservations.save(overdue);
                log.info("Seat reservation {} expired: held until {}, its seat was held again", overdue.id(),
                        overdue.heldUntil());
            }
            reservations.flush();
            return reservations.saveAndFlush(reservation);
        });
        log.info("Seat {} of date {} held by member {} as {} until {}, price {}", seatNumber, dateId, memberId, held.id(),
                held.heldUntil(), held.price());
        return held;
    }

    /** Starts the payment of the caller's held seat; the wallet's answer settles it. A free seat is reserved at once. */
    SeatReservation pay(Caller caller, UUID eventId, UUID dateId, UUID reservationId) {
        SeatReservation paying = transactions.execute(status -> {
            SeatReservation reservation = ownedForUpdate(caller, eventId, dateId, reservationId);
            if (date(eventId, dateId).isCancelled()) {
                throw new DateCancelled(dateId);
            }
            if (reservation.price() == 0) {
                reservation.takeFree(event(eventId), date(eventId, dateId), clock);
                seats.reserve(reservation);
            }
            else {
                reservation.requestPayment(clock);
                seats.holdUntil(reservation, null);
            }
            return reservations.save(reservation);
        });
        log.info("Seat reservation {} payment {} requested: {} points from member {}", reservationId,
                paying.paymentId(), paying.price(), paying.memberId());
        return paying;
    }

    /** Gives the caller's seat back: it waits for the next reopening; a paid seat is refunded. */
    SeatReservation cancel(Caller caller, UUID eventId, UUID dateId, UUID reservationId) {
        SeatReservation cancelled = transactions.execute(status -> {
            SeatReservation reservation = ownedForUpdate(caller, eventId, dateId, reservationId);
            reservation.cancel(event(eventId), date(eventId, dateId), clock);
            seats.cancel(reservation, clock.instant());
            return reservations.save(reservation);
        });
        log.info("Seat reservation {} cancelled by member {}: seat {} of date {}", reservationId, caller.subject(),
                cancelled.seatNumber(), cancelled.eventDateId());
        return cancelled;
    }

    /** The caller's own seat reservation. */
    SeatReservation find(Caller caller, UUID eventId, UUID dateId, UUID reservationId) {
        return reservations.findById(reservationId)
                .filter(reservation -> caller.is(reservation.memberId()) && reservation.isOf(eventId, dateId))
                .orElseThrow(() -> new SeatReservationNotFound(reservationId));
    }

    private SeatReservation ownedForUpdate(Caller caller, UUID eventId, UUID dateId, UUID reservationId) {
        return reservations.findForUpdate(reservationId)
                .filter(reservation -> caller.is(reservation.memberId()) && reservation.isOf(eventId, dateId))
                .orElseThrow(() -> new SeatReservationNotFound(reservationId));
    }

    /** One member's holds on one date one after another, so that the seat limit cannot be raced past. */
    private void serializePerMemberAndDate(UUID memberId, UUID dateId) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "seats:" + memberId + ":" + dateId)
                .query(Integer.class)
                .single();
    }

    private <T> T inTransaction(int seatNumber, Supplier<T> work) {
        try {
            return transactions.execute(status -> work.get());
        }
        catch (DataAccessException ex) {
            if (isSeatConflict(ex)) {
                throw new SeatTaken(seatNumber);
            }
            throw ex;
        }
    }

    private static boolean isSeatConflict(Throwable ex) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = ex; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && SEAT_CONFLICT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
