package dev.rallypoint.common.event.court;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A member's purchase is settled: the wallet was debited and the reservation or seat it paid for is
 * confirmed. The waiting room ends the payer's admission to the gate on it.
 *
 * @param aggregateId the reservation (court or seat) that was paid for
 * @param userId the payer
 * @param gate the waiting-room gate the purchase went through, e.g. {@code event-date-<dateId>};
 *        {@code null} when it went through none
 * @param amount points paid
 */
@Topic("court.payment-completed")
public record PaymentCompleted(UUID eventId, Instant occurredAt, UUID aggregateId, UUID userId, String gate,
        long amount) implements IntegrationEvent {
}
