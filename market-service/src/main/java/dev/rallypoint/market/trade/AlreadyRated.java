package dev.rallypoint.market.trade;

import dev.rallypoint.market.MarketException;
import java.util.UUID;

/** A trade is rated once. */
public class AlreadyRated extends MarketException {

    public AlreadyRated(UUID tradeId) {
        super(Kind.CONFLICT, "already-rated", tradeId);
    }
}
