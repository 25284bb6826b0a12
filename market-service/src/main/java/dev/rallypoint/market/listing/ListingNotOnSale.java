package dev.rallypoint.market.listing;

import dev.rallypoint.market.MarketException;
import java.util.UUID;

/** The listing is not on sale now (a buyer is reserving it, or it is sold, withdrawn or hidden). */
public class ListingNotOnSale extends MarketException {

    public ListingNotOnSale(UUID id, ListingStatus status) {
        super(Kind.CONFLICT, "listing-not-on-sale", id, status);
    }
}
