/**
 * Matches the matcher formed: their players and teams, club and slot; the database refuses a player in two
 * matches at overlapping times.
 */
package dev.rallypoint.match.match;
