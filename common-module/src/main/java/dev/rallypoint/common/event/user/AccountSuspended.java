package dev.rallypoint.common.event.user;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * An admin suspended an account: it cannot sign in, and its sessions ended.
 *
 * @param aggregateId the suspended user's id
 * @param reason the admin's reason, told to the user
 */
@Topic("user.account-suspended")
public record AccountSuspended(UUID eventId, Instant occurredAt, UUID aggregateId, String reason)
        implements IntegrationEvent {
}
