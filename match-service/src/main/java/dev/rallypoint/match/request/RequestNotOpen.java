package dev.rallypoint.match.request;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** The request was already matched, cancelled or expired. */
public class RequestNotOpen extends MatchException {

    RequestNotOpen(UUID id) {
        super(Kind.CONFLICT, "request-not-open", id);
    }
}
