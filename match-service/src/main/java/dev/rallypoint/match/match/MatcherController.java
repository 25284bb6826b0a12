package dev.rallypoint.match.match;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runs the matcher on demand (admins), besides its continuous rounds. */
@RestController
class MatcherController {

    private final Matcher matcher;

    MatcherController(Matcher matcher) {
        this.matcher = matcher;
    }

    /** One round now; answers how many matches it formed. */
    @PostMapping("/api/v1/matches/matching-rounds")
    @PreAuthorize("hasRole('ADMIN')")
    MatcherRun run() {
        return new MatcherRun(matcher.runOnce());
    }

    record MatcherRun(int matchesFormed) {
    }
}
