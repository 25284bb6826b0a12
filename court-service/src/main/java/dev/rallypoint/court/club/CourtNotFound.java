package dev.rallypoint.court.club;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** No bookable court with this id. */
public class CourtNotFound extends CourtException {

    public CourtNotFound(UUID id) {
        super("court-not-found", id);
    }
}
