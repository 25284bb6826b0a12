package dev.rallypoint.court.waitlist;

import dev.rallypoint.court.CourtException;

/** A waitlist entry was asked to do something its current state does not allow. */
public class IllegalWaitlistTransition extends CourtException {

    public IllegalWaitlistTransition(WaitlistStatus status, String action) {
        super("waitlist-entry-state", action, status);
    }
}
