package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.market.TradeDisputed;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** A party disputed a market trade: the other party hears it is frozen until an admin settles it. */
@Component
class TradeDisputedMapping implements EventMapping<TradeDisputed> {

    @Override
    public Class<TradeDisputed> type() {
        return TradeDisputed.class;
    }

    @Override
    public Notifications map(TradeDisputed event) {
        return Notifications.to(Draft.to(event.raisedBy().equals(event.buyerId()) ? event.sellerId() : event.buyerId(),
                Category.MARKET, "market.trade-disputed", "/market/trades/" + event.aggregateId(), event.title()));
    }
}
