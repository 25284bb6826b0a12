package dev.rallypoint.match.request;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** No such request, or none of the caller's. */
public class MatchRequestNotFound extends MatchException {

    MatchRequestNotFound(UUID id) {
        super(Kind.NOT_FOUND, "match-request-not-found", id);
    }
}
