package dev.rallypoint.common.event.walkin;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A called walk-in party answered: on its way, expected at {@code expectedArrival}; the club's desk
 * (its managers, {@code deskIds}) is told.
 *
 * @param aggregateId the walk-in entry id
 */
@Topic("court.walk-in-answered")
public record WalkInAnswered(UUID eventId, Instant occurredAt, UUID aggregateId, UUID clubId, int ticket,
        int travelMinutes, Instant expectedArrival, Set<UUID> deskIds) implements IntegrationEvent {
}
