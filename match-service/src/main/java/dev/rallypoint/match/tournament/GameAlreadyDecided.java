package dev.rallypoint.match.tournament;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** The game's result is already entered (or it was a bye). */
public class GameAlreadyDecided extends MatchException {

    GameAlreadyDecided(UUID id, int round, int slot) {
        super(Kind.CONFLICT, "game-already-decided", id, round, slot);
    }
}
