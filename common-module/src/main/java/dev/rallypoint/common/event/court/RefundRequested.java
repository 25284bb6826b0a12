package dev.rallypoint.common.event.court;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * court-service owes points back (a cancellation under the policy, a change to a cheaper slot, a
 * payment that landed on an expired hold). The wallet credits them once per refund id.
 *
 * @param aggregateId the refund id
 * @param amount points to credit, positive
 * @param reference what is refunded, e.g. {@code court-reservation/<id>}
 * @param reason why, for the ledger and the member
 */
@Topic("court.refund-requested")
public record RefundRequested(UUID eventId, Instant occurredAt, UUID aggregateId, UUID userId, long amount,
        String reference, String reason) implements IntegrationEvent {
}
