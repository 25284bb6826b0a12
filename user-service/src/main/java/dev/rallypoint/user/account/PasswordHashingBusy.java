package dev.rallypoint.user.account;

/** Every password hashing slot stayed taken for the whole wait: the caller tries again shortly. */
class PasswordHashingBusy extends RuntimeException {

    PasswordHashingBusy() {
        super("Password hashing is at capacity", null, false, false);
    }
}
