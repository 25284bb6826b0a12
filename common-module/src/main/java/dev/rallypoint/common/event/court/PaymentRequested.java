package dev.rallypoint.common.event.court;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * court-service asks the payer's wallet to pay for something (a court reservation, a seat, the
 * price difference of a change). The wallet answers with {@code PaymentSucceeded} or
 * {@code PaymentFailed}; it debits at most once per payment id.
 *
 * @param aggregateId the payment id, unique per attempt
 * @param userId whose wallet pays
 * @param amount points to debit, positive
 * @param reference what is paid for, e.g. {@code court-reservation/<id>}; recorded on the ledger entry
 */
@Topic("court.payment-requested")
public record PaymentRequested(UUID eventId, Instant occurredAt, UUID aggregateId, UUID userId, long amount,
        String reference) implements IntegrationEvent {
}
