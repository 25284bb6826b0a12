package dev.rallypoint.common.event.market;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A trade completed: the buyer confirmed receipt (or the deadline passed, or an admin settled a dispute
 * for the seller). The wallet pays the held escrow to the seller.
 *
 * @param aggregateId the trade id
 * @param how {@code CONFIRMED}, {@code AUTO_CONFIRMED} or {@code SETTLED_FOR_SELLER}
 */
@Topic("market.trade-completed")
public record TradeCompleted(UUID eventId, Instant occurredAt, UUID aggregateId, UUID listingId, UUID buyerId,
        UUID sellerId, long amount, String title, String how) implements IntegrationEvent {
}
