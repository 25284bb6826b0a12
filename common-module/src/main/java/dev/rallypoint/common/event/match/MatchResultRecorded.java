package dev.rallypoint.common.event.match;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Both sides agreed on a match's result (or an admin settled it); ratings follow.
 *
 * @param aggregateId the match id
 * @param winners the players of the winning side
 * @param losers the players of the losing side
 * @param score the sets as games of the winning side first, e.g. {@code 6-4 3-6 7-5} from team one's view
 */
@Topic("match.match-result-recorded")
public record MatchResultRecorded(UUID eventId, Instant occurredAt, UUID aggregateId, List<UUID> winners,
        List<UUID> losers, String score) implements IntegrationEvent {

    public MatchResultRecorded {
        winners = List.copyOf(winners);
        losers = List.copyOf(losers);
    }
}
