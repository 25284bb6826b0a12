package dev.rallypoint.court.ticketing;

import dev.rallypoint.common.id.Uuids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** One date of a ticketed event, with its seats numbered 1 to {@code seatCount}. */
@Entity
@Table(name = "event_date")
public class EventDate {

    @Id
    private UUID id;

    private UUID eventId;

    private Instant startsAt;

    private int seatCount;

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

    /** Refuses a sale once the date has begun. */
    void requireOnSale(Instant now) {
        if (!now.isBefore(startsAt)) {
            throw new EventDateStarted(id);
        }
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
}
