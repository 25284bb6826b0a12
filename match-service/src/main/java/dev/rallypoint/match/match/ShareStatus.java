package dev.rallypoint.match.match;

/** Where one player's share of a match's court stands. */
enum ShareStatus {

    /** Asked of the player's wallet; waiting for its answer. */
    REQUESTED,
    /** Debited from the player's wallet. */
    PAID,
    /** The wallet declined it (e.g. insufficient points); nothing was debited. */
    DECLINED,
    /** Given up before an answer: the wallet never debits it, or pays back a debit it made. */
    CANCELLED,
    /** Paid, then asked back (refund id = payment id); waiting for the wallet's credit. */
    REFUNDING,
    /** Credited back to the player. */
    REFUNDED
}
