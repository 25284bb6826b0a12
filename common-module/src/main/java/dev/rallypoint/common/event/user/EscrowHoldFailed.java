package dev.rallypoint.common.event.user;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * The wallet did not hold a market trade's price: nothing was taken from the buyer.
 *
 * @param aggregateId the trade id
 * @param reason {@link #INSUFFICIENT_POINTS} or {@link #CANCELLED} (the trade was cancelled first)
 */
@Topic("user.escrow-hold-failed")
public record EscrowHoldFailed(UUID eventId, Instant occurredAt, UUID aggregateId, UUID buyerId, String reason)
        implements IntegrationEvent {

    public static final String INSUFFICIENT_POINTS = "INSUFFICIENT_POINTS";

    public static final String CANCELLED = "CANCELLED";
}
