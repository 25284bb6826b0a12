package dev.rallypoint.common.event.user;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import dev.rallypoint.common.identity.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A person opened an account, by sign-up or by a first social login.
 *
 * @param aggregateId the new user's id
 * @param email the e-mail address, when the account has one
 * @param roles the roles the account starts with
 */
@Topic("user.user-registered")
public record UserRegistered(UUID eventId, Instant occurredAt, UUID aggregateId, String email, String nickname,
        Set<Role> roles) implements IntegrationEvent {

    public UserRegistered {
        roles = Set.copyOf(roles);
    }
}
