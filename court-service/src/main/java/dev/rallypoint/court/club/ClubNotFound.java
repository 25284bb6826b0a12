package dev.rallypoint.court.club;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** No club with this id, or none the caller may see. */
public class ClubNotFound extends CourtException {

    public ClubNotFound(UUID id) {
        super(Kind.NOT_FOUND, "club-not-found", id);
    }
}
