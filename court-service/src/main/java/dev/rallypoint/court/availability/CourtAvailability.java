package dev.rallypoint.court.availability;

import java.util.List;
import java.util.UUID;

/** A court's slots over one or more dates, in its club's time zone. */
record CourtAvailability(UUID courtId, UUID clubId, String timeZone, int slotMinutes, List<DayAvailability> days) {
}
