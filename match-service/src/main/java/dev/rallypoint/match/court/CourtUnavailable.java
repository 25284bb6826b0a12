package dev.rallypoint.match.court;

import dev.rallypoint.match.MatchException;

/** court-service did not answer, so whether the caller may use a reservation is unknown. */
public class CourtUnavailable extends MatchException {

    CourtUnavailable() {
        super(Kind.UNAVAILABLE, "court-unavailable");
    }
}
