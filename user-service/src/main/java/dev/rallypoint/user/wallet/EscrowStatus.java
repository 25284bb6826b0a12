package dev.rallypoint.user.wallet;

/** Where a market trade's escrow is. Only {@link #HELD} points are in escrow. */
enum EscrowStatus {

    /** Taken from the buyer's balance, still the buyer's. */
    HELD,

    /** Not held: the buyer's balance did not cover it. */
    DECLINED,

    /** The trade was cancelled before the hold was asked for: it will never be held. */
    CANCELLED,

    /** Paid to the seller (the trade completed). */
    RELEASED_TO_SELLER,

    /** Given back to the buyer (the trade was cancelled). */
    RELEASED_TO_BUYER
}
