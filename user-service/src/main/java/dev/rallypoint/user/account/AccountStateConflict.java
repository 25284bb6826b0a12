package dev.rallypoint.user.account;

import java.util.UUID;

/** The account is not in a state that allows what was asked (e.g. suspending a withdrawn account). */
class AccountStateConflict extends RuntimeException {

    final AccountStatus status;

    AccountStateConflict(UUID accountId, AccountStatus status) {
        super("Account " + accountId + " is " + status);
        this.status = status;
    }
}
