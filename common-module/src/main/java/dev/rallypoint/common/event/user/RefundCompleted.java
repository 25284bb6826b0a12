package dev.rallypoint.common.event.user;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * The wallet credited a refund (a requested refund, or a payment cancelled after it was debited).
 *
 * @param aggregateId the refund id, or the payment id when a cancelled payment was paid back
 * @param balance the wallet balance after the credit
 */
@Topic("user.refund-completed")
public record RefundCompleted(UUID eventId, Instant occurredAt, UUID aggregateId, UUID userId, long amount,
        long balance) implements IntegrationEvent {
}
