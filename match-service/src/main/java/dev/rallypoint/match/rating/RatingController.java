package dev.rallypoint.match.rating;

import dev.rallypoint.support.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A player's own rating, and the leaderboard of a club (the area a rating is compared in). */
@RestController
@Validated
class RatingController {

    private final Ratings ratings;

    RatingController(Ratings ratings) {
        this.ratings = ratings;
    }

    @GetMapping("/api/v1/ratings/me")
    RatingView mine(Caller caller) {
        return ratings.of(caller.userId()).map(RatingView::from).orElseThrow(NotRated::new);
    }

    @GetMapping("/api/v1/ratings/leaderboard")
    List<RatingView> leaderboard(@RequestParam UUID clubId, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return ratings.leaderboard(clubId, size).stream().map(RatingView::from).toList();
    }
}
