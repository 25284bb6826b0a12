package dev.rallypoint.user.account;

/** An e-mailed link's token that is unknown, used, expired, or sent to an address the account no longer has. */
class InvalidEmailToken extends RuntimeException {

    InvalidEmailToken() {
        super("Invalid e-mail token");
    }
}
