package dev.rallypoint.market.listing;

import java.util.UUID;

/**
 * A listing a buyer's trade has just reserved: what the trade takes from it.
 *
 * @param id the listing
 * @param sellerId who sells it
 * @param price its price in points, the amount the trade holds in escrow
 * @param title its title when reserved
 */
public record ReservedListing(UUID id, UUID sellerId, long price, String title) {
}
