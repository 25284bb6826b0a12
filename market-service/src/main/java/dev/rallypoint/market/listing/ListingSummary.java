package dev.rallypoint.market.listing;

import java.time.Instant;
import java.util.UUID;

/** A listing as a search result shows it. */
record ListingSummary(UUID id, UUID sellerId, String title, Category category, Condition condition, String brand,
        long price, String thumbnail, UUID clubId, String area, ListingStatus status, Instant createdAt) {
}
