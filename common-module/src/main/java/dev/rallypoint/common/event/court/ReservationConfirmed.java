package dev.rallypoint.common.event.court;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A held court reservation was paid and is now the member's.
 *
 * @param aggregateId the reservation id
 * @param paymentId the payment that settled it
 * @param price points paid
 */
@Topic("court.reservation-confirmed")
public record ReservationConfirmed(UUID eventId, Instant occurredAt, UUID aggregateId, UUID memberId, UUID clubId,
        UUID courtId, Instant startsAt, Instant endsAt, long price, UUID paymentId) implements IntegrationEvent {
}
