package dev.rallypoint.common.event.court;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * The member of a confirmed reservation did not check in in time: the reservation is {@code NO_SHOW}
 * and its court free again.
 *
 * @param aggregateId the reservation id
 * @param price points the reservation cost
 * @param kept points the club keeps under its no-show policy; {@code price - kept} is refunded
 */
@Topic("court.reservation-no-show")
public record ReservationNoShow(UUID eventId, Instant occurredAt, UUID aggregateId, UUID memberId, UUID clubId,
        UUID courtId, Instant startsAt, Instant endsAt, long price, long kept) implements IntegrationEvent {
}
