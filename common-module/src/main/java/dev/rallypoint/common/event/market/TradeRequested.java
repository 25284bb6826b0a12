package dev.rallypoint.common.event.market;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A buyer reserved a listing: the wallet is asked to hold the price in escrow from the buyer's points
 * (answered by {@code EscrowHeld} or {@code EscrowHoldFailed}), and the seller hears of it.
 *
 * @param aggregateId the trade id, also the escrow's id in the wallet
 * @param amount the price in points
 * @param title the listing's title, plain text
 */
@Topic("market.trade-requested")
public record TradeRequested(UUID eventId, Instant occurredAt, UUID aggregateId, UUID listingId, UUID buyerId,
        UUID sellerId, long amount, String title) implements IntegrationEvent {
}
