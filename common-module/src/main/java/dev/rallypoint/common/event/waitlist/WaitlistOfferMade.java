package dev.rallypoint.common.event.waitlist;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A freed slot was offered to the first member waiting for it: it is held in their name until
 * {@code offerExpiresAt}; they pay for the reservation as usual or decline.
 *
 * @param aggregateId the waitlist entry id
 * @param reservationId the hold made for the member
 */
@Topic("court.waitlist-offer-made")
public record WaitlistOfferMade(UUID eventId, Instant occurredAt, UUID aggregateId, UUID memberId, UUID clubId,
        UUID courtId, UUID reservationId, Instant startsAt, Instant endsAt, Instant offerExpiresAt)
        implements IntegrationEvent {
}
