package dev.rallypoint.market.trade;

import dev.rallypoint.market.MarketException;
import java.util.UUID;

/** Another buyer already has an active trade on the listing (the database's last word on "one at a time"). */
public class ListingBusy extends MarketException {

    public ListingBusy(UUID listingId) {
        super(Kind.CONFLICT, "listing-busy", listingId);
    }
}
