package dev.rallypoint.court.ticketing;

import dev.rallypoint.common.id.Uuids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An event of a club (an exhibition match, a tournament day) sold by numbered seat on one or more
 * dates. Created by a manager of the club or an admin; the club is referenced by id, its zone copied
 * so that the daily reopening of canceled seats runs in it.
 */
@Entity
@Table(name = "ticketed_event")
public class TicketedEvent {

    @Id
    private UUID id;

    private UUID clubId;

    private String title;

    private String timeZone;

    private int seatsPerDate;

    private long pricePerSeat;

    private boolean highDemand;

    private UUID createdBy;

    private Instant createdAt;

    private Instant cancelledAt;

    @Version
    private long version;

    protected TicketedEvent() {
    }

    static TicketedEvent announce(UUID clubId, ZoneId zone, String title, int seatsPerDate, long pricePerSeat,
            boolean highDemand, UUID createdBy, Clock clock) {
        TicketedEvent event = new TicketedEvent();
        event.id = Uuids.timeOrdered(clock);
        event.clubId = clubId;
        event.timeZone = zone.getId();
        event.title = title;
        event.seatsPerDate = seatsPerDate;
        event.pricePerSeat = pricePerSeat;
        event.highDemand = highDemand;
        event.createdBy = createdBy;
        event.createdAt = clock.instant();
        return event;
    }

    /** The club calls the whole event off (its dates are cancelled one by one); a second call changes nothing. */
    void cancel(Clock clock) {
        if (cancelledAt == null) {
            cancelledAt = clock.instant();
        }
    }

    public UUID id() {
        return id;
    }

    public UUID clubId() {
        return clubId;
    }

    public String title() {
        return title;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public int seatsPerDate() {
        return seatsPerDate;
    }

    public long pricePerSeat() {
        return pricePerSeat;
    }

    public boolean highDemand() {
        return highDemand;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }
}
