package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.MatchException;

/** The offer contradicts itself or its game type. */
public class InvalidOpenMatch extends MatchException {

    InvalidOpenMatch(String reason) {
        super(Kind.INVALID, "invalid-open-match", reason);
    }
}
