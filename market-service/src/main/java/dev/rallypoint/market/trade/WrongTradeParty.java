package dev.rallypoint.market.trade;

import dev.rallypoint.market.MarketException;
import java.util.UUID;

/** The step belongs to the other party of the trade (e.g. only the seller hands over). */
public class WrongTradeParty extends MarketException {

    public WrongTradeParty(UUID id, String step) {
        super(Kind.FORBIDDEN, "wrong-trade-party", id, step);
    }
}
