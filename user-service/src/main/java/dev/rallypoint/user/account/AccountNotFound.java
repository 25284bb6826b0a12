package dev.rallypoint.user.account;

import java.util.UUID;

/** No account has this id (or the caller may not know it exists). */
class AccountNotFound extends RuntimeException {

    AccountNotFound(UUID id) {
        super("No account " + id);
    }
}
