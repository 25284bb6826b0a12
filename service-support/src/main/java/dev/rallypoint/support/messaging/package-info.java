/**
 * The transactional outbox and idempotent, dead-lettering consumers every event-driven service shares.
 */
package dev.rallypoint.support.messaging;
