package dev.rallypoint.match.request;

import dev.rallypoint.match.MatchException;

/** The player or their partner already has an open request for an overlapping time. */
public class OverlappingRequest extends MatchException {

    OverlappingRequest() {
        super(Kind.CONFLICT, "overlapping-request");
    }
}
