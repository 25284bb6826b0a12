package dev.rallypoint.support.idempotency;

/** A money-moving request came without a well-formed {@code Idempotency-Key}. */
class IdempotencyKeyMissing extends RuntimeException {
}
