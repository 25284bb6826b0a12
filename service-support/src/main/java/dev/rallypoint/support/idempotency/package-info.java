/**
 * The Idempotency-Key protocol for money-moving requests.
 */
package dev.rallypoint.support.idempotency;
