package dev.rallypoint.match.tournament;

import dev.rallypoint.match.MatchException;

/** The tournament's entrants do not make a draw. */
public class InvalidTournament extends MatchException {

    InvalidTournament(String reason) {
        super(Kind.INVALID, "invalid-tournament", reason);
    }
}
