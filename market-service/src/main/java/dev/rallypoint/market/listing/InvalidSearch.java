package dev.rallypoint.market.listing;

import dev.rallypoint.market.MarketException;

/** The search contradicts itself (the parameter is named). */
public class InvalidSearch extends MarketException {

    public InvalidSearch(String parameter) {
        super(Kind.INVALID, "invalid-search", parameter);
    }
}
