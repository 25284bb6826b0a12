package dev.rallypoint.match.match;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** A result is reported before the match started. */
public class NotPlayedYet extends MatchException {

    NotPlayedYet(UUID id) {
        super(Kind.CONFLICT, "match-not-played-yet", id);
    }
}
