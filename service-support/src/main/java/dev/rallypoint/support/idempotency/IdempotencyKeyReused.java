package dev.rallypoint.support.idempotency;

/** An {@code Idempotency-Key} already used by this caller for a different request. */
class IdempotencyKeyReused extends RuntimeException {
}
