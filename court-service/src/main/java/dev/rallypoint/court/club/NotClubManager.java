package dev.rallypoint.court.club;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** The caller does not manage this club. */
public class NotClubManager extends CourtException {

    public NotClubManager(UUID id) {
        super("not-club-manager", id);
    }
}
