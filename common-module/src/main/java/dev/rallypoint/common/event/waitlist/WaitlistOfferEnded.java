package dev.rallypoint.common.event.waitlist;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * An offer of a freed slot ended without a booking: the member declined it ({@code DECLINED}) or let
 * it run out ({@code LAPSED}); the slot goes to the next waiter.
 *
 * @param aggregateId the waitlist entry id
 * @param outcome {@code DECLINED} or {@code LAPSED}
 */
@Topic("court.waitlist-offer-ended")
public record WaitlistOfferEnded(UUID eventId, Instant occurredAt, UUID aggregateId, UUID memberId, UUID clubId,
        UUID reservationId, String outcome) implements IntegrationEvent {
}
