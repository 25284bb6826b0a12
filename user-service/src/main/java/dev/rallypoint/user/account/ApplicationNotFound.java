package dev.rallypoint.user.account;

/** No such court manager application (for this caller). */
class ApplicationNotFound extends RuntimeException {

    ApplicationNotFound() {
        super("No such application");
    }
}
