package dev.rallypoint.court.waitlist;

/** Where a waitlist entry is: live while {@code WAITING} or {@code OFFERED}, ended otherwise. */
public enum WaitlistStatus {

    /** In line for a matching freed slot. */
    WAITING,
    /** A freed slot is held for the member until the offer's deadline. */
    OFFERED,
    /** The member paid for the offered slot. */
    BOOKED,
    /** The member declined the offer. */
    DECLINED,
    /** The offer ran out unpaid. */
    LAPSED,
    /** The member left the waitlist. */
    CANCELLED,
    /** The window began without an offer. */
    EXPIRED;

    public boolean isLive() {
        return this == WAITING || this == OFFERED;
    }
}
