/**
 * court-service as match-service sees it: holds for matches taken and released with match-service's service
 * token, behind a retry, a time limit and a circuit breaker; and what the caller may use there (their
 * reservations, the clubs they manage, a region's clubs), asked with the caller's own token.
 */
package dev.rallypoint.match.court;
