package dev.rallypoint.user.account;

/** An admin tried to suspend themself or drop their own ADMIN role. */
class SelfLockout extends RuntimeException {

    SelfLockout() {
        super("An admin cannot lock themself out");
    }
}
