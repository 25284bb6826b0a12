package dev.rallypoint.market.trade;

import java.time.Instant;
import java.util.UUID;

/** A trade as its parties (and admins) see it. */
record TradeView(UUID id, UUID listingId, UUID buyerId, UUID sellerId, long amount, String title, TradeStatus status,
        String outcome, String disputeReason, Instant confirmBy, Instant createdAt, Instant updatedAt) {

    static TradeView from(Trade trade) {
        return new TradeView(trade.id(), trade.listingId(), trade.buyerId(), trade.sellerId(), trade.amount(), trade.title(),
                trade.status(), trade.outcome(), trade.disputeReason(), trade.confirmBy(), trade.createdAt(), trade.updatedAt());
    }
}
