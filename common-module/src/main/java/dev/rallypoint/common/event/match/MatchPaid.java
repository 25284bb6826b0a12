package dev.rallypoint.common.event.match;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every player of a confirmed match paid their share of the court from their own wallet, and court-service
 * confirmed the reservation: the court is booked for the match.
 *
 * @param aggregateId the match id
 * @param reservationId court-service's reservation, now {@code CONFIRMED}
 * @param price the court's price, the sum of the shares
 * @param players every player of the match
 */
@Topic("match.match-paid")
public record MatchPaid(UUID eventId, Instant occurredAt, UUID aggregateId, UUID reservationId, long price,
        List<UUID> players) implements IntegrationEvent {

    public MatchPaid {
        players = List.copyOf(players);
    }
}
