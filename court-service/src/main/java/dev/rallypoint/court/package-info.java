/**
 * Court service: clubs, courts, availability, reservations, ticketed events, waitlists and walk-in waiting.
 */
package dev.rallypoint.court;
