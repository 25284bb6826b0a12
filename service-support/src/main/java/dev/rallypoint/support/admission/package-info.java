/**
 * Admission of requests to a servlet service: a bound on the work it takes on at once (beyond it,
 * an immediate 503 with {@code Retry-After}) and the caller's deadline, carried in from the gateway,
 * after which the service stops working on a request nobody waits for any more.
 */
package dev.rallypoint.support.admission;
