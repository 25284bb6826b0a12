package dev.rallypoint.court;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The Redis keys court-service owns, all under the platform prefix and {@code court:{courtId}:}, so
 * everything about one court can be found and dropped together.
 */
public record CourtKeys(String prefix) {

    private String court(UUID courtId) {
        return prefix + "court:" + courtId + ":";
    }

    /** Marks a slot as occupied by a live reservation: a hint that spares the database, with a TTL. */
    public String slot(UUID courtId, Instant slotStart) {
        return court(courtId) + "slot:" + slotStart.getEpochSecond();
    }

    /** The lock one hold attempt takes on a slot. */
    public String lock(UUID courtId, Instant slotStart) {
        return court(courtId) + "lock:" + slotStart.getEpochSecond();
    }

    /** Counts the changes of a court's calendar; cached availability is keyed by it. */
    public String calendarVersion(UUID courtId) {
        return court(courtId) + "calendar-version";
    }

    /** A court's availability on one date, as of one calendar version. */
    public String availability(UUID courtId, long version, LocalDate date) {
        return court(courtId) + "availability:" + version + ":" + date;
    }
}
