package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** Every place of the open match is taken. */
public class OpenMatchFull extends MatchException {

    OpenMatchFull(UUID id) {
        super(Kind.CONFLICT, "open-match-full", id);
    }
}
