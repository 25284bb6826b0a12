package dev.rallypoint.court.availability;

import dev.rallypoint.court.club.Surface;
import java.util.UUID;

/** A court that matched a search, with its club. */
public record CourtMatch(UUID courtId, String name, Surface surface, boolean indoor, long basePrice, UUID clubId, String clubName,
        String region) {
}
