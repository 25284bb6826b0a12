package dev.rallypoint.user.account;

/** The member already has an application waiting for a decision, or already is a court manager. */
class ApplicationPending extends RuntimeException {

    ApplicationPending() {
        super("An application is pending or the role is held already");
    }
}
