package dev.rallypoint.user.social;

/** The frontend asked to be sent back to an address not configured as allowed. */
class RedirectUriNotAllowed extends RuntimeException {

    RedirectUriNotAllowed() {
        super("Redirect URI not allowed");
    }
}
