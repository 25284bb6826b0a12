/**
 * Match service: match requests, matchmaking, matches and ratings.
 */
package dev.rallypoint.match;
