package dev.rallypoint.common.event.user;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * The wallet holds a market trade's price in escrow: the buyer's available balance dropped by it, the
 * points still the buyer's until the trade completes or is cancelled. Answered again for a repeated
 * request, never held twice.
 *
 * @param aggregateId the trade id
 */
@Topic("user.escrow-held")
public record EscrowHeld(UUID eventId, Instant occurredAt, UUID aggregateId, UUID buyerId, long amount,
        long balanceAfter) implements IntegrationEvent {
}
