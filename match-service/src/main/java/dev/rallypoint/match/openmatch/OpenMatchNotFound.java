package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** No open match with that id. */
public class OpenMatchNotFound extends MatchException {

    OpenMatchNotFound(UUID id) {
        super(Kind.NOT_FOUND, "open-match-not-found", id);
    }
}
