package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtException;

/** The requested time has already begun. */
public class SlotInThePast extends CourtException {

    public SlotInThePast() {
        super("slot-in-the-past");
    }
}
