package dev.rallypoint.court.payment;

/** What the wallet says became of a payment whose answer the saga is still waiting for. */
sealed interface WalletVerdict {

    /** Debited once: the answer on the broker is late, the payment succeeded. */
    record Paid() implements WalletVerdict {
    }

    /** Declined, or cancelled before a debit: nothing was taken. */
    record NotPaid(String reason) implements WalletVerdict {
    }

    /** The request never reached the wallet; giving up is safe (a late arrival is refused or paid back). */
    record NeverArrived() implements WalletVerdict {
    }

    /** The wallet could not be asked (down, slow, or its circuit open): nothing is known. */
    record Unreachable(String why) implements WalletVerdict {
    }
}
