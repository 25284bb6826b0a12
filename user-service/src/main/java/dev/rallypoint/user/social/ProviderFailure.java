package dev.rallypoint.user.social;

/** The provider refused the code or could not be reached. */
class ProviderFailure extends RuntimeException {

    ProviderFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
