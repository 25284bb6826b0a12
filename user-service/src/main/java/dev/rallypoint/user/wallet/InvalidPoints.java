package dev.rallypoint.user.wallet;

/** A points amount that cannot be: negative, or zero where points must move. */
class InvalidPoints extends RuntimeException {

    private final long value;

    InvalidPoints(long value) {
        super("Invalid points amount: " + value);
        this.value = value;
    }

    long value() {
        return value;
    }
}
