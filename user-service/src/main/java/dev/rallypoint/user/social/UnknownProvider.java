package dev.rallypoint.user.social;

/** No enabled provider has this name. */
class UnknownProvider extends RuntimeException {

    UnknownProvider() {
        super("Unknown provider");
    }
}
