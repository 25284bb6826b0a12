package dev.rallypoint.match.match;

import dev.rallypoint.support.security.Caller;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The caller's matches; a match is visible to its players and to admins. */
@RestController
class MatchController {

    private final Matches matches;

    MatchController(Matches matches) {
        this.matches = matches;
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
