package dev.rallypoint.market.listing;

import dev.rallypoint.market.MarketException;
import java.util.UUID;

/** A seller cannot buy their own listing. */
public class OwnListing extends MarketException {

    public OwnListing(UUID id) {
        super(Kind.CONFLICT, "own-listing", id);
    }
}
