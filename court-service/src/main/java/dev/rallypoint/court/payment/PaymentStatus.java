package dev.rallypoint.court.payment;

/** Where one payment attempt is in the saga. */
enum PaymentStatus {

    /** Asked of the wallet; no answer yet. */
    REQUESTED,
    /** The wallet debited it and the reservation is confirmed. */
    SUCCEEDED,
    /** The wallet declined it. */
    FAILED,
    /** Given up (no answer in time, or the reservation was cancelled meanwhile); a late debit is refunded. */
    CANCELLED
}
