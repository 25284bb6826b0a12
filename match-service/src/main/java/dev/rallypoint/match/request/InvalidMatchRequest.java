package dev.rallypoint.match.request;

import dev.rallypoint.match.MatchException;

/** The request contradicts itself or the rules. */
public class InvalidMatchRequest extends MatchException {

    InvalidMatchRequest(String reason) {
        super(Kind.INVALID, "invalid-match-request", reason);
    }
}
