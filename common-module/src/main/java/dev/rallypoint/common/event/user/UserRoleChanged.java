package dev.rallypoint.common.event.user;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import dev.rallypoint.common.identity.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An admin changed what a user may do (for example approved a court manager application). Access
 * tokens carry the new roles from the user's next token refresh on.
 *
 * @param aggregateId the user's id
 * @param roles the roles now
 * @param previousRoles the roles before
 */
@Topic("user.user-role-changed")
public record UserRoleChanged(UUID eventId, Instant occurredAt, UUID aggregateId, Set<Role> roles,
        Set<Role> previousRoles) implements IntegrationEvent {

    public UserRoleChanged {
        roles = Set.copyOf(roles);
        previousRoles = Set.copyOf(previousRoles);
    }

    public boolean granted(Role role) {
        return roles.contains(role) && !previousRoles.contains(role);
    }
}
