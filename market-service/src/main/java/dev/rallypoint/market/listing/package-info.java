/**
 * Listings: what sellers offer, how they change while nobody is buying, and how buyers find them.
 */
package dev.rallypoint.market.listing;
