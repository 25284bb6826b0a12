package dev.rallypoint.common.event.court;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * court-service gave up on a payment it requested (no answer in time): the wallet must not debit it
 * any more, and refunds it if it already did.
 *
 * @param aggregateId the payment id
 */
@Topic("court.payment-cancelled")
public record PaymentCancelled(UUID eventId, Instant occurredAt, UUID aggregateId, UUID userId, String reason)
        implements IntegrationEvent {
}
