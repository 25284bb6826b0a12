/**
 * What match-service needs to know of a player that user-service owns: the NTRP level of their profile,
 * asked over OpenFeign with the player's own token, behind a circuit breaker.
 */
package dev.rallypoint.match.player;
