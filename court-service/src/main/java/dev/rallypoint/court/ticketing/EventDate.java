package dev.rallypoint.court.ticketing;

import dev.rallypoint.common.event.court.EventDateCancelled;
import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.court.Actor;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One date of a ticketed event, with its seats numbered 1 to {@code seatCount}. The club may cancel it
 * before it begins; its seat reservations are then settled (refunded or released) in batches, and the
 * date records when the last one was.
 */
@Entity
@Table(name = "event_date")
public class EventDate extends AbstractAggregateRoot<EventDate> {

    @Id
    private UUID id;

    private UUID eventId;

    private Instant startsAt;

    private int seatCount;

    private Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    private Actor cancelledBy;

    private String cancellationReason;

    private Instant cancellationSettledAt;

    protected EventDate() {
    }

    static EventDate of(TicketedEvent event, Instant startsAt, Clock clock) {
        EventDate date = new EventDate();
        date.id = Uuids.timeOrdered(clock);
        date.eventId = event.id();
        date.startsAt = startsAt;
        date.seatCount = event.seatsPerDate();
        return date;
    }

    /** The seat of this date with this number; refuses a number the date does not have. */
    void requireSeat(int seatNumber) {
        if (seatNumber < 1 || seatNumber > seatCount) {
            throw new SeatNotFound(seatNumber, seatCount);
        }
    }

    /** Refuses a sale once the date has begun or was cancelled. */
    void requireOnSale(Instant now) {
        if (isCancelled()) {
            throw new DateCancelled(id);
        }
        if (!now.isBefore(startsAt)) {
            throw new EventDateStarted(id);
        }
    }

    /**
     * The club calls the date off: its seats are no longer sold and every reservation of it is to be
     * settled. Answers whether that is news; a date cancelled before stays as it was. A date that has
     * begun cannot be cancelled.
     */
    boolean cancel(TicketedEvent event, Actor by, String reason, boolean wholeEvent, Clock clock) {
        if (isCancelled()) {
            return false;
        }
        Instant now = clock.instant();
        if (!now.isBefore(startsAt)) {
            throw new EventDateStarted(id);
        }
        cancelledAt = now;
        cancelledBy = by;
        cancellationReason = reason;
        registerEvent(new EventDateCancelled(Uuids.timeOrdered(clock), now, id, eventId, event.clubId(), event.title(),
                startsAt, by.name(), reason, wholeEvent));
        return true;
    }

    /** Every reservation of the cancelled date is settled. */
    void settled(Clock clock) {
        if (cancellationSettledAt == null) {
            cancellationSettledAt = clock.instant();
        }
    }

    boolean isCancelled() {
        return cancelledAt != null;
    }

    boolean hasBegun(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** The waiting-room gate of this date's sale. */
    String gate() {
        return "event-date-" + id;
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public int seatCount() {
        return seatCount;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    /** Who cancelled the date: {@code MANAGER} or {@code ADMIN}; {@code null} while it is not cancelled. */
    public Actor cancelledBy() {
        return cancelledBy;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public Instant cancellationSettledAt() {
        return cancellationSettledAt;
    }
}
