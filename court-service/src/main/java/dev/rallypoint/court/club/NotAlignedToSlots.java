package dev.rallypoint.court.club;

import dev.rallypoint.court.CourtException;

/** A requested range that does not start and end on the club's slot boundaries. */
public class NotAlignedToSlots extends CourtException {

    public NotAlignedToSlots(int slotMinutes) {
        super("not-aligned-to-slots", slotMinutes);
    }
}
