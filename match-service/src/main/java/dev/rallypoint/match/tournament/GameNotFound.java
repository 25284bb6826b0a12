package dev.rallypoint.match.tournament;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** The draw has no game in that round and slot. */
public class GameNotFound extends MatchException {

    GameNotFound(UUID id, int round, int slot) {
        super(Kind.NOT_FOUND, "game-not-found", id, round, slot);
    }
}
