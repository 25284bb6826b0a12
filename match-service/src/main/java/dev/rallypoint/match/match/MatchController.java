package dev.rallypoint.match.match;

import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's matches and their results; a match is visible to its players and to admins. */
@RestController
class MatchController {

    private final Matches matches;

    private final Results results;

    MatchController(Matches matches, Results results) {
        this.matches = matches;
        this.results = results;
    }

    /** A player reports their side's result; an admin who did not play settles it. */
    @PostMapping("/api/v1/matches/{id}/result")
    MatchView report(Caller caller, @PathVariable UUID id, @Valid @RequestBody ResultBody body) {
        Score score = body.score();
        Match match = results.report(caller, id, score);
        return MatchView.from(matches.one(caller, match.id()));
    }

    /** A player confirms they will play; when the last one does, the match is confirmed. */
    @PostMapping("/api/v1/matches/{id}/confirmation")
    MatchView confirm(Caller caller, @PathVariable UUID id) {
        return MatchView.from(matches.one(caller, matches.confirm(caller, id).id()));
    }

    /** A player declines: the match is cancelled and its court released; the others are matched again first. */
    @PostMapping("/api/v1/matches/{id}/decline")
    MatchView decline(Caller caller, @PathVariable UUID id) {
        return MatchView.from(matches.one(caller, matches.decline(caller, id).id()));
    }

    @GetMapping("/api/v1/matches")
    List<MatchView> mine(Caller caller) {
        return matches.mine(caller.userId()).stream().map(MatchView::from).toList();
    }

    @GetMapping("/api/v1/matches/{id}")
    MatchView one(Caller caller, @PathVariable UUID id) {
        return MatchView.from(matches.one(caller, id));
    }
}
