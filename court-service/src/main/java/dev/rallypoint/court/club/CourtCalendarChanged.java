package dev.rallypoint.court.club;

import java.util.Set;
import java.util.UUID;

/**
 * Something that decides when the given courts are free changed (a hold, a cancellation, a block, the
 * schedule): whatever was derived from their calendars, such as cached availability, is stale once
 * the transaction commits. An in-process event, not a cross-service contract.
 */
public record CourtCalendarChanged(Set<UUID> courtIds) {

    public CourtCalendarChanged {
        courtIds = Set.copyOf(courtIds);
    }

    public static CourtCalendarChanged of(UUID courtId) {
        return new CourtCalendarChanged(Set.of(courtId));
    }
}
