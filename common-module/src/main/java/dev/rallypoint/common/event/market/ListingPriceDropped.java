package dev.rallypoint.common.event.market;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A seller lowered the price of a listing that members watch.
 *
 * @param aggregateId the listing id
 * @param title the listing's title, plain text
 * @param previousPrice the price before, in points
 * @param price the new, lower price, in points
 * @param watcherIds the members who asked to hear about it
 */
@Topic("market.listing-price-dropped")
public record ListingPriceDropped(UUID eventId, Instant occurredAt, UUID aggregateId, String title, long previousPrice,
        long price, List<UUID> watcherIds) implements IntegrationEvent {

    public ListingPriceDropped {
        watcherIds = List.copyOf(watcherIds);
    }
}
