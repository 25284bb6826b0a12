package dev.rallypoint.market.listing;

import dev.rallypoint.market.MarketException;
import java.util.UUID;

/** Only a listing's seller changes it. */
public class NotListingSeller extends MarketException {

    public NotListingSeller(UUID id) {
        super(Kind.FORBIDDEN, "not-listing-seller", id);
    }
}
