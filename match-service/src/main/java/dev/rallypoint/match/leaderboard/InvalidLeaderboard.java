package dev.rallypoint.match.leaderboard;

import dev.rallypoint.match.MatchException;

/** A leaderboard is asked for a region ({@code area}) or for clubs ({@code clubId}), exactly one of them. */
public class InvalidLeaderboard extends MatchException {

    InvalidLeaderboard() {
        super(Kind.INVALID, "invalid-leaderboard");
    }
}
