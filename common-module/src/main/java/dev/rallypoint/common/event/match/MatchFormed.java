package dev.rallypoint.common.event.match;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The matcher put players together: two in singles, four in doubles, at one club for one slot.
 *
 * @param aggregateId the match id
 * @param gameType {@code SINGLES} or {@code DOUBLES}
 * @param clubId the club the match is at
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param teamOne the players of one side
 * @param teamTwo the players of the other side
 */
@Topic("match.match-formed")
public record MatchFormed(UUID eventId, Instant occurredAt, UUID aggregateId, String gameType, UUID clubId,
        Instant startsAt, Instant endsAt, List<UUID> teamOne, List<UUID> teamTwo) implements IntegrationEvent {

    public MatchFormed {
        teamOne = List.copyOf(teamOne);
        teamTwo = List.copyOf(teamTwo);
    }

    /** Every player of the match. */
    public List<UUID> players() {
        return Stream.concat(teamOne.stream(), teamTwo.stream()).toList();
    }
}
