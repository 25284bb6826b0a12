package dev.rallypoint.match.match;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** The match is confirmed or cancelled already. */
public class NotAwaitingConfirmation extends MatchException {

    NotAwaitingConfirmation(UUID matchId) {
        super(Kind.CONFLICT, "match-not-awaiting-confirmation", matchId);
    }
}
