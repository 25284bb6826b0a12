package dev.rallypoint.common.event.notice;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A member stopped following a club.
 *
 * @param aggregateId the member's id (the key: one member's follows and unfollows stay in order)
 */
@Topic("notice.club-unfollowed")
public record ClubUnfollowed(UUID eventId, Instant occurredAt, UUID aggregateId, UUID clubId)
        implements IntegrationEvent {
}
