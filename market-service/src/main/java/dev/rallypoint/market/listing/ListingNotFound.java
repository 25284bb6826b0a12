package dev.rallypoint.market.listing;

import dev.rallypoint.market.MarketException;
import java.util.UUID;

/** No listing with this id the caller may see. */
public class ListingNotFound extends MarketException {

    public ListingNotFound(UUID id) {
        super(Kind.NOT_FOUND, "listing-not-found", id);
    }
}
