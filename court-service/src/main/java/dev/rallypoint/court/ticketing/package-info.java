/**
 * Ticketed events: dates with numbered seats, seat holds that can never sell a seat twice, seat payment
 * through the wallet saga, cancellation with refund, and the daily reopening of canceled seats.
 */
package dev.rallypoint.court.ticketing;
