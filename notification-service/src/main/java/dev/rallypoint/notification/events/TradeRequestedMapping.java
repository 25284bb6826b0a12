package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.market.TradeRequested;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** A buyer reserved the seller's listing. */
@Component
class TradeRequestedMapping implements EventMapping<TradeRequested> {

    @Override
    public Class<TradeRequested> type() {
        return TradeRequested.class;
    }

    @Override
    public Notifications map(TradeRequested event) {
        return Notifications.to(Draft.to(event.sellerId(), Category.MARKET, "market.trade-requested",
                "/market/trades/" + event.aggregateId(), event.title(), event.amount()));
    }
}
