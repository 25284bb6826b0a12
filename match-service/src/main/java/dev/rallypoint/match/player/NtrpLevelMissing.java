package dev.rallypoint.match.player;

import dev.rallypoint.match.MatchException;

/** The caller's profile declares no NTRP level, so there is nothing to match them by. */
public class NtrpLevelMissing extends MatchException {

    NtrpLevelMissing() {
        super(Kind.INVALID, "ntrp-level-missing");
    }
}
