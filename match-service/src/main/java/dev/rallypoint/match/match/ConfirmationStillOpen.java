package dev.rallypoint.match.match;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** The deadline to confirm has not passed yet. */
public class ConfirmationStillOpen extends MatchException {

    ConfirmationStillOpen(UUID matchId) {
        super(Kind.CONFLICT, "confirmation-still-open", matchId);
    }
}
