package dev.rallypoint.user.auth;

/** The token endpoint was asked for another grant than client credentials. */
class UnsupportedGrantType extends RuntimeException {

    UnsupportedGrantType() {
        super("Unsupported grant type");
    }
}
