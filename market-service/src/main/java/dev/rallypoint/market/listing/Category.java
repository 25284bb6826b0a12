package dev.rallypoint.market.listing;

/** What kind of gear a listing offers. */
public enum Category {
    RACKET, STRINGS, SHOES, BAGS, BALLS, MACHINES, OTHER
}
