package dev.rallypoint.match.match;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** The deadline to confirm the match passed. */
public class ConfirmationClosed extends MatchException {

    ConfirmationClosed(UUID matchId) {
        super(Kind.CONFLICT, "confirmation-closed", matchId);
    }
}
