/**
 * Courts for matches: holds taken and released through court-service, over OpenFeign with match-service's
 * service token, behind a retry, a time limit and a circuit breaker.
 */
package dev.rallypoint.match.court;
