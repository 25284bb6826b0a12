package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.MatchException;
import java.time.Instant;
import java.util.UUID;

/** Too close to the start: a place can no longer be given back. */
public class LeaveClosed extends MatchException {

    LeaveClosed(UUID id, Instant leaveBy) {
        super(Kind.CONFLICT, "leave-closed", id, leaveBy);
    }
}
