package dev.rallypoint.support.idempotency;

/** The first request with this {@code Idempotency-Key} is still running. */
class IdempotencyKeyInFlight extends RuntimeException {
}
