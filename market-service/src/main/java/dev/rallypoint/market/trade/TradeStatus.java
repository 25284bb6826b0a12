package dev.rallypoint.market.trade;

import java.util.Set;

/**
 * Where a trade is. At most one trade of a listing is {@link #isActive() active}; the database's partial
 * unique index has the last word on that.
 */
public enum TradeStatus {

    /** Reserved by the buyer; the wallet has been asked to hold the price. */
    REQUESTED,

    /** The price is held in escrow; the seller hands the gear over. */
    HELD,

    /** The seller handed the gear over; the buyer confirms receipt before the deadline, or it confirms itself. */
    HANDED_OVER,

    /** A party disputed it: frozen, escrow held, until an admin settles it. */
    DISPUTED,

    /** Sold: the escrow goes to the seller. Final. */
    COMPLETED,

    /** No sale: any escrow goes back to the buyer. Final. */
    CANCELLED;

    static final Set<TradeStatus> ACTIVE = Set.of(REQUESTED, HELD, HANDED_OVER, DISPUTED);

    boolean isActive() {
        return ACTIVE.contains(this);
    }
}
