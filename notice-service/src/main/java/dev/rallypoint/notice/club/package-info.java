/**
 * Who manages a club, as court-service decides it: asked over OpenFeign with the caller's own token,
 * cached briefly, behind a circuit breaker.
 */
package dev.rallypoint.notice.club;
