package dev.rallypoint.common.event.user;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * The wallet debited a requested payment.
 *
 * @param aggregateId the payment id of the request
 * @param balance the wallet balance after the debit
 */
@Topic("user.payment-succeeded")
public record PaymentSucceeded(UUID eventId, Instant occurredAt, UUID aggregateId, UUID userId, long amount,
        long balance) implements IntegrationEvent {
}
