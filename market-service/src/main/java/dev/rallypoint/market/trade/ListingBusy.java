package dev.rallypoint.market.trade;

import dev.rallypoint.market.MarketException;
import java.util.UUID;

/** Another buyer is reserving the listing right now, or already has. */
public class ListingBusy extends MarketException {

    public ListingBusy(UUID listingId) {
        super(Kind.CONFLICT, "listing-busy", listingId);
    }
}
