package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** The player has no place in the open match to leave. */
public class NotJoined extends MatchException {

    NotJoined(UUID id) {
        super(Kind.CONFLICT, "not-joined", id);
    }
}
