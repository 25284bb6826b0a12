package dev.rallypoint.user.auth;

/** Unknown login name or wrong password: deliberately the same failure. */
class InvalidCredentials extends RuntimeException {

    InvalidCredentials() {
        super("Invalid credentials");
    }
}
