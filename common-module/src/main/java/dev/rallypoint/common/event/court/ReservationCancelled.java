package dev.rallypoint.common.event.court;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A reservation was cancelled and its slot is free again.
 *
 * @param aggregateId the reservation id
 * @param previousStatus the state it was cancelled from ({@code HELD}, {@code PAYMENT_PENDING}, {@code CONFIRMED})
 * @param cancelledBy {@code MEMBER}, {@code MANAGER}, {@code ADMIN}, or {@code SYSTEM} (court-service itself, when
 *        a change's price difference went unpaid)
 * @param price points the reservation cost
 * @param fee points kept under the club's cancellation policy (0 unless a member cancelled a confirmed
 *        reservation after the deadline)
 */
@Topic("court.reservation-cancelled")
public record ReservationCancelled(UUID eventId, Instant occurredAt, UUID aggregateId, UUID memberId, UUID clubId,
        UUID courtId, Instant startsAt, Instant endsAt, String previousStatus, String cancelledBy, long price, long fee)
        implements IntegrationEvent {
}
