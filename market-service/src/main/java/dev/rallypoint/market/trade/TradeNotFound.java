package dev.rallypoint.market.trade;

import dev.rallypoint.market.MarketException;
import java.util.UUID;

/** No trade with this id that the caller is a party of. */
public class TradeNotFound extends MarketException {

    public TradeNotFound(UUID id) {
        super(Kind.NOT_FOUND, "trade-not-found", id);
    }
}
