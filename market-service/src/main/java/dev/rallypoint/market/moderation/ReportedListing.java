package dev.rallypoint.market.moderation;

import java.time.Instant;
import java.util.UUID;

/** A listing members reported, as admins review it. */
record ReportedListing(UUID listingId, String title, UUID sellerId, boolean hidden, long reports, Instant latestReportAt,
        String latestReason) {
}
