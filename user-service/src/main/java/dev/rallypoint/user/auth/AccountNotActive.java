package dev.rallypoint.user.auth;

/** The credentials are right but the account is suspended. */
class AccountNotActive extends RuntimeException {

    AccountNotActive() {
        super("Account not active");
    }
}
