package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.market.ListingPriceDropped;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** A listing members watch got cheaper. */
@Component
class ListingPriceDroppedMapping implements EventMapping<ListingPriceDropped> {

    @Override
    public Class<ListingPriceDropped> type() {
        return ListingPriceDropped.class;
    }

    @Override
    public Notifications map(ListingPriceDropped event) {
        return Notifications.to(event.watcherIds().stream()
                .map(watcher -> Draft.to(watcher, Category.MARKET, "market.price-dropped",
                        "/market/listings/" + event.aggregateId(), event.title(), event.previousPrice(), event.price()))
                .toArray(Draft[]::new));
    }
}
