package dev.rallypoint.user.social;

/** The one-time login code is unknown, expired or used. */
class InvalidLoginCode extends RuntimeException {

    InvalidLoginCode() {
        super("Invalid login code");
    }
}
