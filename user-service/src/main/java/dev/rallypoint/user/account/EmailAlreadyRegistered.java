package dev.rallypoint.user.account;

/** An account with this e-mail address exists. */
class EmailAlreadyRegistered extends RuntimeException {

    EmailAlreadyRegistered() {
        super("E-mail address already registered");
    }
}
