package dev.rallypoint.court.club;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** No club with this id, or none the caller may see. */
public class ClubNotFound extends CourtException {

    public ClubNotFound(UUID id) {
        super("club-not-found", id);
    }
}
