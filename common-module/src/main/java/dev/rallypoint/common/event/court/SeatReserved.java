package dev.rallypoint.common.event.court;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A member's seat at a ticketed event is theirs: paid for, or taken for free.
 *
 * @param aggregateId the seat reservation id
 * @param ticketedEventId the event the seat belongs to
 * @param eventDateId the date of the event the seat is for
 * @param title the event's title, for messages to the member
 * @param startsAt when the date begins
 * @param price points paid (0 for a free seat)
 */
@Topic("court.seat-reserved")
public record SeatReserved(UUID eventId, Instant occurredAt, UUID aggregateId, UUID memberId, UUID clubId,
        UUID ticketedEventId, UUID eventDateId, String title, Instant startsAt, int seatNumber, long price)
        implements IntegrationEvent {
}
