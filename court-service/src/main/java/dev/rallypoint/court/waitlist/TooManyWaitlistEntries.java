package dev.rallypoint.court.waitlist;

import dev.rallypoint.court.CourtException;

/** The member already waits for as many slots as one member may. */
public class TooManyWaitlistEntries extends CourtException {

    public TooManyWaitlistEntries(int limit) {
        super(Kind.REFUSED, "too-many-waitlist-entries", limit);
    }
}
