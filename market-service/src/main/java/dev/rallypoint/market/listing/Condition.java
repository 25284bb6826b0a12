package dev.rallypoint.market.listing;

/** How worn the gear is, as its seller describes it. */
public enum Condition {
    NEW, LIKE_NEW, GOOD, FAIR, WORN
}
