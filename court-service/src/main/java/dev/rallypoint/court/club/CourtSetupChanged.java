package dev.rallypoint.court.club;

import java.util.Set;
import java.util.UUID;

/** What a booking of the given courts is decided by (schedule, rules, prices, the court) changed. */
record CourtSetupChanged(Set<UUID> courtIds) {

    CourtSetupChanged {
        courtIds = Set.copyOf(courtIds);
    }
}
