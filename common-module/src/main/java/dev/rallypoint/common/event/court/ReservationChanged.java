package dev.rallypoint.common.event.court;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A reservation moved to another time or court of its club; the new slot was taken before the old
 * one was freed.
 *
 * @param aggregateId the reservation id
 * @param changedBy {@code MEMBER}, {@code MANAGER}, {@code ADMIN}, or {@code SYSTEM} (court-service itself, when
 *        a change's price difference went unpaid)
 */
@Topic("court.reservation-changed")
public record ReservationChanged(UUID eventId, Instant occurredAt, UUID aggregateId, UUID memberId, UUID clubId,
        UUID previousCourtId, Instant previousStartsAt, Instant previousEndsAt, long previousPrice,
        UUID courtId, Instant startsAt, Instant endsAt, long price, String changedBy) implements IntegrationEvent {
}
