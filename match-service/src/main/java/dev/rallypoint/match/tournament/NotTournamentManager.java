package dev.rallypoint.match.tournament;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** Only the manager who created a tournament enters its results. */
public class NotTournamentManager extends MatchException {

    NotTournamentManager(UUID id) {
        super(Kind.FORBIDDEN, "not-tournament-manager", id);
    }
}
