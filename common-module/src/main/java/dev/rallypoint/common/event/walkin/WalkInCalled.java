package dev.rallypoint.common.event.walkin;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * The desk called a walk-in party; it must answer by {@code answerDue}.
 *
 * @param aggregateId the walk-in entry id
 * @param memberId the party's member, or null for a party the desk registered by phone
 * @param call {@code FIRST} or {@code FINAL}
 */
@Topic("court.walk-in-called")
public record WalkInCalled(UUID eventId, Instant occurredAt, UUID aggregateId, UUID clubId, UUID memberId, int ticket,
        String call, Instant answerDue) implements IntegrationEvent {
}
