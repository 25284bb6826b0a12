package dev.rallypoint.match.match;

import dev.rallypoint.match.MatchException;

/** The reported sets are not a tennis score. */
public class InvalidScore extends MatchException {

    InvalidScore(String reason) {
        super(Kind.INVALID, "invalid-score", reason);
    }
}
