package dev.rallypoint.common.event.court;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A member holds a court for a time range until {@code heldUntil}; unpaid by then, it expires.
 *
 * @param aggregateId the reservation id
 * @param price points the reservation costs
 */
@Topic("court.reservation-held")
public record ReservationHeld(UUID eventId, Instant occurredAt, UUID aggregateId, UUID memberId, UUID clubId, UUID courtId,
        Instant startsAt, Instant endsAt, long price, Instant heldUntil) implements IntegrationEvent {
}
