package dev.rallypoint.court.walkin;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** No walk-in entry with this id in this club that the caller may see. */
public class WalkInNotFound extends CourtException {

    public WalkInNotFound(UUID id) {
        super("walk-in-not-found", id);
    }
}
