package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtException;

/** Someone else holds or booked (part of) the requested time on this court. */
public class SlotTaken extends CourtException {

    public SlotTaken() {
        super("slot-taken");
    }
}
