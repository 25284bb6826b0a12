package dev.rallypoint.market.listing;

/** The order of search results. */
enum ListingSort {
    NEWEST, PRICE_ASC, PRICE_DESC
}
