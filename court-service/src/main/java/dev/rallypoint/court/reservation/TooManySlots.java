package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtException;

/** The requested time spans more slots than one reservation may. */
public class TooManySlots extends CourtException {

    public TooManySlots(int limit) {
        super("too-many-slots", limit);
    }
}
