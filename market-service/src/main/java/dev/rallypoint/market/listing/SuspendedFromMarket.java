package dev.rallypoint.market.listing;

import dev.rallypoint.market.MarketException;
import java.util.UUID;

/** An admin suspended the member from the market: no listing, no buying. */
public class SuspendedFromMarket extends MarketException {

    public SuspendedFromMarket(UUID memberId) {
        super(Kind.FORBIDDEN, "suspended-from-market", memberId);
    }
}
