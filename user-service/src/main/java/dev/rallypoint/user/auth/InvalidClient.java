package dev.rallypoint.user.auth;

/** A service token was asked for with an unknown client or a wrong secret. */
class InvalidClient extends RuntimeException {

    InvalidClient() {
        super("Invalid client");
    }
}
