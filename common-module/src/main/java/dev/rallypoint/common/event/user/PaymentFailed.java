package dev.rallypoint.common.event.user;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * The wallet did not debit a requested payment, and never will for this payment id.
 *
 * @param aggregateId the payment id of the request
 * @param reason {@code INSUFFICIENT_POINTS}, {@code CANCELLED} (the requester gave up first) or
 *        {@code WALLET_CLOSED}
 */
@Topic("user.payment-failed")
public record PaymentFailed(UUID eventId, Instant occurredAt, UUID aggregateId, UUID userId, String reason)
        implements IntegrationEvent {

    public static final String INSUFFICIENT_POINTS = "INSUFFICIENT_POINTS";

    public static final String CANCELLED = "CANCELLED";

    public static final String WALLET_CLOSED = "WALLET_CLOSED";
}
