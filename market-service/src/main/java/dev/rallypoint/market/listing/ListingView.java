package dev.rallypoint.market.listing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A listing in full; its text is plain text, to be shown as text. */
record ListingView(UUID id, UUID sellerId, String title, String description, Category category, Condition condition,
        String brand, String model, long price, List<String> images, UUID clubId, String area, ListingStatus status,
        boolean hidden, Instant createdAt, Instant updatedAt) {
}
