/**
 * Trades: a buyer reserves a listing, the wallet holds the price in escrow, the seller hands the gear over
 * and the buyer confirms (or the deadline does), and the escrow goes to the seller; or the trade is
 * cancelled, declined or settled by an admin and the escrow goes back to the buyer.
 */
package dev.rallypoint.market.trade;
