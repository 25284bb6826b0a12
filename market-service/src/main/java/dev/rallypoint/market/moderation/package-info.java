/**
 * Moderation of the market: members report listings; admins hide and restore them and suspend sellers.
 */
package dev.rallypoint.market.moderation;
