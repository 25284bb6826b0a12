package dev.rallypoint.match.tournament;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** The game waits for the winners of the round before. */
public class GameNotReady extends MatchException {

    GameNotReady(UUID id, int round, int slot) {
        super(Kind.CONFLICT, "game-not-ready", id, round, slot);
    }
}
