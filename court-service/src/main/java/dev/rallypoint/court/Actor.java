package dev.rallypoint.court;

import dev.rallypoint.support.security.Caller;

/**
 * In which capacity someone acts on a reservation, a seat or an event date. Stored and published by
 * its name ({@code MEMBER}, {@code MANAGER}, {@code ADMIN}, {@code SYSTEM}).
 */
public enum Actor {

    /** The member the booking belongs to (also when match-service acts on the member's behalf). */
    MEMBER,

    /** A manager of the club. */
    MANAGER,

    /** A platform administrator. */
    ADMIN,

    /** court-service itself, e.g. the payment saga undoing a change whose price difference went unpaid. */
    SYSTEM;

    /** The staff capacity of a caller who is not acting as a member: administrator or club manager. */
    public static Actor staffOf(Caller caller) {
        return caller.isAdmin() ? ADMIN : MANAGER;
    }
}
