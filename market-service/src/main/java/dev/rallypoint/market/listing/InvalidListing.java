package dev.rallypoint.market.listing;

import dev.rallypoint.market.MarketException;

/** A listing's details break a rule (the field is named). */
public class InvalidListing extends MarketException {

    public InvalidListing(String field) {
        super(Kind.INVALID, "invalid-listing", field);
    }
}
