package dev.rallypoint.match.leaderboard;

import dev.rallypoint.match.rating.Ntrp;
import java.util.UUID;

/** A player's place on a leaderboard, with the rating it is based on and the NTRP level that maps to. */
record Standing(long rank, UUID playerId, double rating, double deviation, double ntrp, int matches) {

    static Standing of(long rank, UUID playerId, double rating, double deviation, int matches) {
        return new Standing(rank, playerId, Math.round(rating * 100) / 100.0, Math.round(deviation * 100) / 100.0,
                Ntrp.fromRating(rating), matches);
    }
}
