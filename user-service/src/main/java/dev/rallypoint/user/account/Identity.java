package dev.rallypoint.user.account;

import dev.rallypoint.common.identity.Role;
import java.util.Set;
import java.util.UUID;

/** Who an account is, as far as tokens are concerned. */
public record Identity(UUID id, Set<Role> roles, AccountStatus status) {

    public Identity {
        roles = Set.copyOf(roles);
    }

    public boolean active() {
        return status == AccountStatus.ACTIVE;
    }
}
