package dev.rallypoint.common.event.court;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A hold was not paid by its deadline; its slot is free again.
 *
 * @param aggregateId the reservation id
 */
@Topic("court.reservation-expired")
public record ReservationExpired(UUID eventId, Instant occurredAt, UUID aggregateId, UUID memberId, UUID clubId,
        UUID courtId, Instant startsAt, Instant endsAt) implements IntegrationEvent {
}
