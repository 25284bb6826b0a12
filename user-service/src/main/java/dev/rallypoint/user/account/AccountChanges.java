package dev.rallypoint.user.account;

import java.util.UUID;

/** Facts about an account that matter inside user-service only (sessions react to them). */
public final class AccountChanges {

    private AccountChanges() {
    }

    /** The password changed: every session of the account ends. */
    public record PasswordChanged(UUID accountId) {
    }

    /** An admin suspended the account: every session of the account ends. */
    public record AccountSuspended(UUID accountId) {
    }
}
