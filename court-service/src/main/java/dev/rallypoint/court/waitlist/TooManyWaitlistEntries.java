package dev.rallypoint.court.waitlist;

import dev.rallypoint.court.CourtException;

/** The member already waits for as many slots as one member may. */
public class TooManyWaitlistEntries extends CourtException {

    public TooManyWaitlistEntries(int limit) {
        super("too-many-waitlist-entries", limit);
    }
}
