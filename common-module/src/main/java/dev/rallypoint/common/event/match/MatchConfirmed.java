package dev.rallypoint.common.event.match;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every player of a match confirmed before the deadline: the match is on, on the court held for it.
 *
 * @param aggregateId the match id
 * @param clubId the club the match is at
 * @param courtId the court held for it
 * @param reservationId court-service's reservation that holds the court
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param players every player of the match
 */
@Topic("match.match-confirmed")
public record MatchConfirmed(UUID eventId, Instant occurredAt, UUID aggregateId, UUID clubId, UUID courtId,
        UUID reservationId, Instant startsAt, Instant endsAt, List<UUID> players) implements IntegrationEvent {

    public MatchConfirmed {
        players = List.copyOf(players);
    }
}
