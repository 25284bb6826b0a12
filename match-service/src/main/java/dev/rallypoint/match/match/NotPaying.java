package dev.rallypoint.match.match;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** The match's court is not being paid (any more): its shares cannot settle it. */
public class NotPaying extends MatchException {

    NotPaying(UUID matchId) {
        super(Kind.CONFLICT, "match-not-paying", matchId);
    }
}
