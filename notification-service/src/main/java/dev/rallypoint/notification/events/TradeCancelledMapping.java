package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.market.TradeCancelled;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** A market trade ended without a sale; any points held go back to the buyer. */
@Component
class TradeCancelledMapping implements EventMapping<TradeCancelled> {

    @Override
    public Class<TradeCancelled> type() {
        return TradeCancelled.class;
    }

    @Override
    public Notifications map(TradeCancelled event) {
        String link = "/market/trades/" + event.aggregateId();
        return Notifications.to(
                Draft.to(event.buyerId(), Category.MARKET, "market.trade-cancelled", link, event.title(), event.amount()),
                Draft.to(event.sellerId(), Category.MARKET, "market.trade-cancelled", link, event.title(), event.amount()));
    }
}
