package dev.rallypoint.user.wallet;

/** A credit that would take the balance beyond what one wallet may hold. */
class BalanceLimitExceeded extends RuntimeException {

    private final Points limit;

    BalanceLimitExceeded(Points limit) {
        super("A wallet holds at most " + limit);
        this.limit = limit;
    }

    Points limit() {
        return limit;
    }
}
