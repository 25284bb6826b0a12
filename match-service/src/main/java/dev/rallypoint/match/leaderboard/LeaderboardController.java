package dev.rallypoint.match.leaderboard;

import dev.rallypoint.match.court.CourtAccess;
import dev.rallypoint.support.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The leaderboard of an area, for any signed-in member: a region ({@code area}, whose clubs court-service
 * lists, at most {@value #REGION_CLUBS}) or the clubs named ({@code clubId} once per club, up to 20, as a match
 * request names the clubs it accepts).
 */
@RestController
@Validated
class LeaderboardController {

    static final int REGION_CLUBS = 1000;

    private final Leaderboards leaderboards;

    private final CourtAccess courts;

    LeaderboardController(Leaderboards leaderboards, CourtAccess courts) {
        this.leaderboards = leaderboards;
        this.courts = courts;
    }

    @GetMapping("/api/v1/leaderboards")
    Leaderboard leaderboard(Caller caller, @RequestParam(required = false) @Size(min = 1, max = 100) String area,
            @RequestParam(name = "clubId", required = false) @Size(max = 20) List<UUID> clubIds,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        caller.userId(); // a service token is no member: 403
        boolean named = clubIds != null && !clubIds.isEmpty();
        if ((area == null) == !named) {
            throw new InvalidLeaderboard();
        }
        Set<UUID> clubs = named ? new LinkedHashSet<>(clubIds) : courts.clubsIn(area, REGION_CLUBS);
        return leaderboards.of(area, clubs, page, size);
    }
}
