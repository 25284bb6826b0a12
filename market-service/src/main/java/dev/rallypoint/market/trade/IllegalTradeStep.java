package dev.rallypoint.market.trade;

import dev.rallypoint.market.MarketException;
import java.util.UUID;

/** The trade's state does not allow the step now. */
public class IllegalTradeStep extends MarketException {

    public IllegalTradeStep(UUID id, String step, TradeStatus status) {
        super(Kind.CONFLICT, "illegal-trade-step", id, step, status);
    }
}
