package dev.rallypoint.match.match;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** No such match, or none the caller played in. */
public class MatchNotFound extends MatchException {

    MatchNotFound(UUID id) {
        super(Kind.NOT_FOUND, "match-not-found", id);
    }
}
