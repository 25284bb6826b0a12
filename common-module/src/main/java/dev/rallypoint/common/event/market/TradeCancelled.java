package dev.rallypoint.common.event.market;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A trade ended without a sale: the wallet gives a held escrow back to the buyer (or never holds it, if
 * this arrives first), and both parties hear of it.
 *
 * @param aggregateId the trade id
 * @param reason one of the constants below
 */
@Topic("market.trade-cancelled")
public record TradeCancelled(UUID eventId, Instant occurredAt, UUID aggregateId, UUID listingId, UUID buyerId,
        UUID sellerId, long amount, String title, String reason) implements IntegrationEvent {

    /** The buyer cancelled before the hand-over. */
    public static final String BUYER_CANCELLED = "BUYER_CANCELLED";

    /** The seller declined the trade. */
    public static final String SELLER_DECLINED = "SELLER_DECLINED";

    /** The wallet could not hold the price (not enough points). */
    public static final String HOLD_FAILED = "HOLD_FAILED";

    /** An admin settled a dispute for the buyer. */
    public static final String SETTLED_FOR_BUYER = "SETTLED_FOR_BUYER";
}
