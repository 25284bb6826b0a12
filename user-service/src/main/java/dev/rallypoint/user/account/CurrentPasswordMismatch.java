package dev.rallypoint.user.account;

/** A sensitive change was confirmed with the wrong current password. */
class CurrentPasswordMismatch extends RuntimeException {

    CurrentPasswordMismatch() {
        super("Current password does not match");
    }
}
