package dev.rallypoint.user.wallet;

/**
 * Why the balance changed. Credits add points, debits take them.
 */
enum EntryType {

    /** The member bought points. */
    CHARGE(true),

    /** Points paid for something (a reservation, a seat, a price difference). */
    USE(false),

    /** Points paid back: a refund owed, or a payment cancelled after it was debited. */
    REFUND(true),

    /** Points set aside in escrow (a market trade). */
    HOLD(false),

    /** Points of a hold given back. */
    RELEASE(true);

    private final boolean credit;

    EntryType(boolean credit) {
        this.credit = credit;
    }

    /** The signed ledger amount of moving these points. */
    long signed(Points amount) {
        return credit ? amount.value() : -amount.value();
    }
}
