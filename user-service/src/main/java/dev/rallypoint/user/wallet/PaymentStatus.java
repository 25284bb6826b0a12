package dev.rallypoint.user.wallet;

/** What the wallet decided for a payment court-service requested. */
enum PaymentStatus {

    /** Paid: the wallet was debited once. */
    DEBITED,

    /** Refused (not enough points); never debited for this payment id. */
    DECLINED,

    /** The requester gave up before the wallet debited; never debited for this payment id. */
    CANCELLED,

    /** Debited, then cancelled by the requester and paid back. */
    REFUNDED
}
