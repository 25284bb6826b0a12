package dev.rallypoint.common.event.match;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A formed match fell through before it was confirmed: its court hold is released; the players who did not
 * cause it are back at the front of the matching queue with their requests.
 *
 * @param aggregateId the match id
 * @param reason {@code DECLINED} (a player declined), {@code TIMED_OUT} (not everyone confirmed in time),
 *        {@code UNPAID} (shares of the court's split payment got no answer in time) or {@code COURT_LOST}
 *        (court-service no longer held the court when every share was paid; every share is refunded)
 * @param players every player of the match
 * @param responsible the players who declined, did not confirm or whose share got no answer; their requests are
 *        closed
 */
@Topic("match.match-cancelled")
public record MatchCancelled(UUID eventId, Instant occurredAt, UUID aggregateId, String reason, List<UUID> players,
        List<UUID> responsible) implements IntegrationEvent {

    public MatchCancelled {
        players = List.copyOf(players);
        responsible = List.copyOf(responsible);
    }
}
