/**
 * Clubs and their courts: operating schedule, blocks, booking rules and price rules, run by the
 * club's managers and by admins; {@link dev.rallypoint.court.club.Clubs} is what the rest of the
 * service asks about a court it books.
 */
package dev.rallypoint.court.club;
