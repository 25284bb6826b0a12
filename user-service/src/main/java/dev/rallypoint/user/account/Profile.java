package dev.rallypoint.user.account;

import dev.rallypoint.common.identity.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user's account as they (or an admin) see it. */
record Profile(UUID id, String email, String nickname, String phone, BigDecimal ntrpLevel, String homeRegion,
        NotificationPreferences notifications, Set<Role> roles, AccountStatus status, Instant createdAt) {

    static Profile from(UserAccount account) {
        return new Profile(account.id(), account.email(), account.nickname(), account.phone(), account.ntrpLevel(),
                account.homeRegion(), account.notifications(), account.roles(), account.status(), account.createdAt());
    }
}
