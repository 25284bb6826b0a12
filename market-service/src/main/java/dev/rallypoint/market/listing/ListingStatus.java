package dev.rallypoint.market.listing;

/**
 * Where a listing is in its life: {@code ON_SALE → RESERVED → SOLD}, or back from {@code RESERVED} to
 * {@code ON_SALE} when the trade falls through; {@code WITHDRAWN} by its seller while on sale.
 */
public enum ListingStatus {

    /** Anyone may reserve it; its seller may edit or withdraw it. */
    ON_SALE,

    /** A buyer's trade is running: nobody else may reserve it and its seller may not change it. */
    RESERVED,

    /** The trade completed. Final. */
    SOLD,

    /** Its seller took it off the market. Final. */
    WITHDRAWN
}
