package dev.rallypoint.common.event.notice;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A member follows a club: they hear about its notices.
 *
 * @param aggregateId the member's id (the key: one member's follows and unfollows stay in order)
 */
@Topic("notice.club-followed")
public record ClubFollowed(UUID eventId, Instant occurredAt, UUID aggregateId, UUID clubId) implements IntegrationEvent {
}
