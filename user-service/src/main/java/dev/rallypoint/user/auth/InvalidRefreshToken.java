package dev.rallypoint.user.auth;

/** The refresh token is unknown, expired, used before, or its session ended. */
class InvalidRefreshToken extends RuntimeException {

    InvalidRefreshToken() {
        super("Invalid refresh token");
    }
}
