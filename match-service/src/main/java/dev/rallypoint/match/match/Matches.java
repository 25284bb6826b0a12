package dev.rallypoint.match.match;

import dev.rallypoint.match.matching.Proposal;
import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Forming matches (for the matcher) and reading them (for their players and admins). */
@Component
public class Matches {

    private final MatchRepository matches;

    private final Clock clock;

    Matches(MatchRepository matches, Clock clock) {
        this.matches = matches;
        this.clock = clock;
    }

    /** Stores the match a proposal makes, in the matcher's transaction; answers its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID form(Proposal proposal) {
        return matches.save(Match.form(proposal, clock)).id();
    }

    List<Match> mine(UUID player) {
        return matches.findByPlayer(player);
    }

    Match one(Caller caller, UUID id) {
        return matches.findWithPlayers(id)
                .filter(match -> caller.isAdmin() || match.hasPlayer(caller.userId()))
                .orElseThrow(() -> new MatchNotFound(id));
    }
}
