/**
 * What every servlet service shares, and only that: cross-cutting mechanics (security, problems, strict JSON,
 * admission, idempotency, the outbox and idempotent consumers, Redis fail-fast, clock, secrets, defaults).
 *
 * <p>Charter: no domain. Nothing here knows a club, a reservation, a wallet or any service's feature, and
 * nothing here depends on a service or on a concrete event contract; it may use the identity types and the
 * base event type of common-module. {@code SupportCharterTests} holds it to this.
 */
package dev.rallypoint.support;
