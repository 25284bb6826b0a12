package dev.rallypoint.user.social;

/** A callback without a login we started (unknown, used or expired state). */
class InvalidLoginState extends RuntimeException {

    InvalidLoginState() {
        super("Invalid login state");
    }
}
