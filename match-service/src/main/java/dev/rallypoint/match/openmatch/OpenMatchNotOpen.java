package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** The open match is cancelled or has started: nobody joins or leaves it any more. */
public class OpenMatchNotOpen extends MatchException {

    OpenMatchNotOpen(UUID id) {
        super(Kind.CONFLICT, "open-match-not-open", id);
    }
}
