package dev.rallypoint.common.event.market;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A party disputed a trade: it is frozen, escrow held, until an admin settles it.
 *
 * @param aggregateId the trade id
 * @param raisedBy the buyer or the seller
 */
@Topic("market.trade-disputed")
public record TradeDisputed(UUID eventId, Instant occurredAt, UUID aggregateId, UUID listingId, UUID buyerId,
        UUID sellerId, String title, UUID raisedBy) implements IntegrationEvent {
}
