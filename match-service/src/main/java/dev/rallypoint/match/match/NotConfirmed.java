package dev.rallypoint.match.match;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** Results are only for matches every player confirmed. */
public class NotConfirmed extends MatchException {

    NotConfirmed(UUID matchId) {
        super(Kind.CONFLICT, "match-not-confirmed", matchId);
    }
}
