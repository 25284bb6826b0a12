package dev.rallypoint.user.account;

import dev.rallypoint.common.identity.Role;
import java.util.Set;
import java.util.UUID;

/**
 * Who an account is, as far as tokens are concerned.
 *
 * @param emailVerified whether the owner of the account's e-mail address confirmed it (booking and
 *        paying need it)
 */
public record Identity(UUID id, Set<Role> roles, AccountStatus status, boolean emailVerified) {

    public Identity {
        roles = Set.copyOf(roles);
    }

    public boolean active() {
        return status == AccountStatus.ACTIVE;
    }
}
