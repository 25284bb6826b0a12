package dev.rallypoint.user.wallet;

/** A debit larger than the wallet's balance: the balance never goes negative. */
class InsufficientPoints extends RuntimeException {

    private final Points balance;

    private final Points requested;

    InsufficientPoints(Points balance, Points requested) {
        super("Balance " + balance + " does not cover " + requested);
        this.balance = balance;
        this.requested = requested;
    }

    Points balance() {
        return balance;
    }

    Points requested() {
        return requested;
    }
}
