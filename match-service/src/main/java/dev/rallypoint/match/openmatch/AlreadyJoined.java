package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** The player already plays in the open match (as a player or its publisher). */
public class AlreadyJoined extends MatchException {

    AlreadyJoined(UUID id) {
        super(Kind.CONFLICT, "already-joined", id);
    }
}
