package dev.rallypoint.notification.member;

import dev.rallypoint.common.identity.Role;
import java.util.Set;
import java.util.UUID;

/**
 * A member as notification-service knows them.
 *
 * @param email where e-mail goes; {@code null} when the account has none
 */
public record Member(UUID id, String email, String nickname, Set<Role> roles, boolean suspended) {

    public Member {
        roles = Set.copyOf(roles);
    }
}
