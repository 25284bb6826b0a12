package dev.rallypoint.match.match;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** The match's result is recorded; it no longer changes. */
public class ResultAlreadyRecorded extends MatchException {

    ResultAlreadyRecorded(UUID id) {
        super(Kind.CONFLICT, "result-already-recorded", id);
    }
}
