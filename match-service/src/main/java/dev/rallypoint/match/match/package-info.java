/**
 * Matches: formed by the matcher's rounds (open requests claimed, a court held, the match stored), confirmed by
 * their players, paid by split payment and their results reported; the database refuses a player in two matches
 * at overlapping times.
 */
package dev.rallypoint.match.match;
