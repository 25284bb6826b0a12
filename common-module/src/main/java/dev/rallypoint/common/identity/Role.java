package dev.rallypoint.common.identity;

/**
 * What a caller may do across the platform. Carried in access tokens as the {@code roles} claim and
 * checked by the gateway and by every service.
 */
public enum Role {

    /** A player: books, pays, trades and plays for themself. */
    MEMBER,

    /** Runs the clubs they manage: courts, schedules, rules, the club's reservations. */
    COURT_MANAGER,

    /** Runs the platform. */
    ADMIN,

    /** Another RallyPoint service doing system work, with a service token. */
    SERVICE
}
