package dev.rallypoint.common.event.walkin;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A walk-in entry ended without the party going on court: {@code NO_ANSWER}, {@code NO_ANSWER2} (a
 * no-show) or {@code OWNER_CANCEL}.
 *
 * @param aggregateId the walk-in entry id
 * @param memberId the party's member, or null for a party the desk registered by phone
 */
@Topic("court.walk-in-ended")
public record WalkInEnded(UUID eventId, Instant occurredAt, UUID aggregateId, UUID clubId, UUID memberId, int ticket,
        String status) implements IntegrationEvent {
}
