package dev.rallypoint.match.rating;

import dev.rallypoint.support.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A player's own rating (leaderboards: the {@code leaderboard} package). */
@RestController
class RatingController {

    private final Ratings ratings;

    RatingController(Ratings ratings) {
        this.ratings = ratings;
    }

    @GetMapping("/api/v1/ratings/me")
    RatingView mine(Caller caller) {
        return ratings.of(caller.userId()).map(RatingView::from).orElseThrow(NotRated::new);
    }
}
