package dev.rallypoint.court.club;

import java.util.UUID;

/** A court as anyone sees it. */
record CourtView(UUID id, UUID clubId, String name, Surface surface, boolean indoor, long basePrice, boolean active) {

    static CourtView from(Court court) {
        CourtSpec spec = court.spec();
        return new CourtView(court.id(), court.clubId(), spec.name(), spec.surface(), spec.indoor(), spec.basePrice(),
                court.isActive());
    }
}
