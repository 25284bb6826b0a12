package dev.rallypoint.match.tournament;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** court-service does not show the caller as a manager of the club. */
public class NotClubManager extends MatchException {

    NotClubManager(UUID club) {
        super(Kind.FORBIDDEN, "not-club-manager", club);
    }
}
