package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.Actor;
import dev.rallypoint.support.scheduling.Batches;
import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A club calls off one date of a ticketed event, or the whole event. In one transaction the date is
 * marked cancelled ({@code EventDateCancelled}) and its unsold seats are withdrawn, so no hold can take
 * one any more; then its live seat reservations are settled in batches, each reservation in the
 * transaction that stores its messages: a held seat is released, a payment in flight called off, a
 * paid seat refunded in full ({@code RefundRequested} under the seat's payment id), and the holder told
 * ({@code SeatCancelled}). A reservation is settled only from a live state, so a crash between batches
 * and the replay that follows (the request again, or the sweeper that finishes unsettled cancellations)
 * refund nobody twice; the wallet credits a payment back at most once besides.
 */
@Component
class EventCancellation {

    private static final Logger log = LoggerFactory.getLogger(EventCancellation.class);

    private final TicketedEvents ticketedEvents;

    private final TicketedEventRepository events;

    private final EventDateRepository dates;

    private final SeatReservationRepository reservations;

    private final Seats seats;

    private final TransactionTemplate transactions;

    private final TicketingProperties properties;

    private final Clock clock;

    EventCancellation(TicketedEvents ticketedEvents, TicketedEventRepository events, EventDateRepository dates,
            SeatReservationRepository reservations, Seats seats, TransactionTemplate transactions,
            TicketingProperties properties, Clock clock) {
        this.ticketedEvents = ticketedEvents;
        this.events = events;
        this.dates = dates;
        this.reservations = reservations;
        this.seats = seats;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Cancels one date of an event of a club the caller manages, and settles its seats. */
    void cancelDate(Caller caller, UUID eventId, UUID dateId, String reason) {
        markCancelled(caller, eventId, dateId, reason);
        settle(dateId);
    }

    /** The first step alone: the date is cancelled and its unsold seats withdrawn; nothing is settled yet. */
    void markCancelled(Caller caller, UUID eventId, UUID dateId, String reason) {
        TicketedEvent event = ticketedEvents.managed(caller, eventId);
        ticketedEvents.date(eventId, dateId);
        transactions.executeWithoutResult(status -> {
            EventDate date = dates.findForUpdate(dateId).orElseThrow(() -> new EventDateNotFound(dateId));
            cancel(event, date, Actor.staffOf(caller), reason, false);
        });
    }

    /** Cancels every date of the event that has not begun, and settles their seats. */
    void cancelEvent(Caller caller, UUID eventId, String reason) {
        ticketedEvents.managed(caller, eventId);
        List<UUID> cancelled = transactions.execute(status -> {
            TicketedEvent event = events.findForUpdate(eventId).orElseThrow(() -> new EventNotFound(eventId));
            Instant now = clock.instant();
            List<EventDate> open = dates.findByEventIdOrderByStartsAt(eventId).stream()
                    .filter(date -> !date.hasBegun(now))
                    .toList();
            if (open.isEmpty() && event.cancelledAt() == null) {
                throw new NoDateToCancel(eventId);
            }
            event.cancel(clock);
            events.save(event);
            for (EventDate date : open) {
                cancel(event, dates.findForUpdate(date.id()).orElseThrow(), Actor.staffOf(caller), reason, true);
            }
            return open.stream().map(EventDate::id).toList();
        });
        cancelled.forEach(this::settle);
    }

    /** Finishes the settlement of every cancelled date that still has live reservations; answers how many it settled. */
    int settleUnsettled() {
        int settled = 0;
        for (UUID dateId : dates.findUnsettledCancellations()) {
            settled += settle(dateId);
        }
        return settled;
    }

    private void cancel(TicketedEvent event, EventDate date, Actor by, String reason, boolean wholeEvent) {
        if (date.cancel(event, by, reason, wholeEvent, clock)) {
            int withdrawn = seats.withdrawUnsold(date.id(), clock.instant());
            dates.save(date);
            log.info("Event date {} of event {} cancelled by {} ({}): {} unsold seats withdrawn", date.id(), event.id(),
                    by, reason, withdrawn);
        }
    }

    /**
     * Settles the live reservations of a cancelled date, a batch per transaction, and marks the date
     * settled once none is left; answers how many it settled now.
     */
    int settle(UUID dateId) {
        int batch = properties.cancellation().batch();
        int settled = Batches.drain(batch, () -> settleBatch(dateId, batch));
        transactions.executeWithoutResult(status -> {
            EventDate date = dates.findForUpdate(dateId).orElseThrow();
            if (date.cancellationSettledAt() == null && reservations.countLiveOfDate(dateId) == 0) {
                date.settled(clock);
                dates.save(date);
                log.info("Event date {} cancellation settled", dateId);
            }
        });
        return settled;
    }

    /** Settles up to {@code batch} live reservations of the date in one transaction. */
    int settleBatch(UUID dateId, int batch) {
        Integer settled = transactions.execute(status -> {
            EventDate date = dates.findById(dateId).orElseThrow();
            TicketedEvent event = events.findById(date.eventId()).orElseThrow();
            List<SeatReservation> live = reservations.findLiveOfDateForUpdate(dateId, batch);
            for (SeatReservation reservation : live) {
                SeatReservationStatus previous = reservation.status();
                reservation.cancelWithDate(event, date, date.cancelledBy(), clock);
                seats.withdraw(reservation);
                log.info("Seat reservation {} of member {} settled with its cancelled date {}: was {}, {} points refunded",
                        reservation.id(), reservation.memberId(), dateId, previous,
                        previous == SeatReservationStatus.RESERVED ? reservation.price() : 0);
            }
            reservations.saveAll(live);
            return live.size();
        });
        return settled == null ? 0 : settled;
    }
}
