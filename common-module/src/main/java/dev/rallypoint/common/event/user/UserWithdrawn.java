package dev.rallypoint.common.event.user;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A user closed their account: its personal data is erased and its sessions are revoked. Other
 * services forget what they keep about the person (contact data, preferences) and end what the user
 * still had open; the id stays valid as a reference in history.
 *
 * @param aggregateId the withdrawn user's id
 */
@Topic("user.user-withdrawn")
public record UserWithdrawn(UUID eventId, Instant occurredAt, UUID aggregateId) implements IntegrationEvent {
}
