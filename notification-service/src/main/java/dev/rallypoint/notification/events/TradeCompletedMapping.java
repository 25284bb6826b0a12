package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.market.TradeCompleted;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** A market trade completed: the buyer has the gear, the seller gets the escrow. */
@Component
class TradeCompletedMapping implements EventMapping<TradeCompleted> {

    @Override
    public Class<TradeCompleted> type() {
        return TradeCompleted.class;
    }

    @Override
    public Notifications map(TradeCompleted event) {
        String link = "/market/trades/" + event.aggregateId();
        return Notifications.to(
                Draft.to(event.buyerId(), Category.MARKET, "market.trade-completed.buyer", link, event.title(), event.amount()),
                Draft.to(event.sellerId(), Category.MARKET, "market.trade-completed.seller", link, event.title(),
                        event.amount()));
    }
}
