/**
 * Ratings: Glicko-2 after every recorded match, and the mapping to and from NTRP levels.
 */
package dev.rallypoint.match.rating;
