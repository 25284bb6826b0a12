package dev.rallypoint.match.leaderboard;

import dev.rallypoint.support.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The leaderboard of an area, for any signed-in member. match-service knows clubs, not regions: an area is
 * the clubs named ({@code clubId} once per club, up to 20), as a match request names the clubs it accepts.
 */
@RestController
@Validated
class LeaderboardController {

    private final Leaderboards leaderboards;

    LeaderboardController(Leaderboards leaderboards) {
        this.leaderboards = leaderboards;
    }

    @GetMapping("/api/v1/leaderboards")
    Leaderboard leaderboard(Caller caller, @RequestParam("clubId") @NotEmpty @Size(max = 20) List<UUID> clubIds,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        caller.userId(); // a service token is no member: 403
        return leaderboards.of(new LinkedHashSet<>(clubIds), page, size);
    }
}
