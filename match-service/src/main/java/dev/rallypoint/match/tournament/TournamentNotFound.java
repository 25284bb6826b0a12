package dev.rallypoint.match.tournament;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** No tournament with that id. */
public class TournamentNotFound extends MatchException {

    TournamentNotFound(UUID id) {
        super(Kind.NOT_FOUND, "tournament-not-found", id);
    }
}
