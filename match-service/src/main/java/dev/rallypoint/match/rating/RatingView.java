package dev.rallypoint.match.rating;

import java.util.UUID;

/** A rating as shown on a profile or a leaderboard, with the NTRP level it maps to. */
record RatingView(UUID playerId, double rating, double deviation, double volatility, double ntrp, int matches) {

    static RatingView from(Rating rating) {
        return new RatingView(rating.playerId(), Math.round(rating.rating() * 100) / 100.0,
                Math.round(rating.deviation() * 100) / 100.0, rating.volatility(), Ntrp.fromRating(rating.rating()),
                rating.matches());
    }
}
