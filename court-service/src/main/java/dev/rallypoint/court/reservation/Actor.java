package dev.rallypoint.court.reservation;

import dev.rallypoint.support.security.Caller;

/** In which capacity someone acts on a reservation. */
public enum Actor {
    MEMBER, MANAGER, ADMIN;

    static Actor staffOf(Caller caller) {
        return caller.isAdmin() ? ADMIN : MANAGER;
    }
}
