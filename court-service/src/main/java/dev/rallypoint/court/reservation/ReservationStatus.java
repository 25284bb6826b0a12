package dev.rallypoint.court.reservation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a reservation is in its life. The active states occupy the slot: the database's exclusion
 * constraint forbids two overlapping active reservations of one court.
 */
public enum ReservationStatus {

    /** Held for the member until a deadline, waiting for payment. */
    HELD,
    /** Payment requested; does not expire under the payer. */
    PAYMENT_PENDING,
    /** Paid. */
    CONFIRMED,
    /** Cancelled by the member, a manager or an admin. */
    CANCELLED,
    /** Not paid by the deadline. */
    EXPIRED,
    /** Played. */
    COMPLETED,
    /** Confirmed but the member did not show up. */
    NO_SHOW;

    /** The states that occupy the slot; must match the exclusion constraint's predicate. */
    public static final Set<ReservationStatus> ACTIVE = EnumSet.of(HELD, PAYMENT_PENDING, CONFIRMED);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
