package dev.rallypoint.match.player;

import dev.rallypoint.match.MatchException;

/** user-service did not answer with the caller's profile. */
public class ProfileUnavailable extends MatchException {

    ProfileUnavailable() {
        super(Kind.UNAVAILABLE, "profile-unavailable");
    }
}
