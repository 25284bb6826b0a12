/**
 * Leaderboards: the players of an area (one or more clubs) ranked by their Glicko-2 rating, paged.
 */
package dev.rallypoint.match.leaderboard;
