package dev.rallypoint.match.match;

import dev.rallypoint.match.rating.Ratings;
import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Results of matches: a player reports for their side, two agreeing reports record the result, an admin who
 * did not play settles it; a recorded result moves the ratings in the same transaction.
 */
@Component
class Results {

    private final MatchRepository matches;

    private final Ratings ratings;

    private final TransactionTemplate transactions;

    private final Clock clock;

    Results(MatchRepository matches, Ratings ratings, TransactionTemplate transactions, Clock clock) {
        this.matches = matches;
        this.ratings = ratings;
        this.transactions = transactions;
        this.clock = clock;
    }

    Match report(Caller caller, UUID matchId, Score score) {
        return transactions.execute(status -> {
            Match match = matches.findForUpdate(matchId).orElseThrow(() -> new MatchNotFound(matchId));
            boolean recorded;
            if (match.hasPlayer(caller.userId())) {
                recorded = match.report(caller.userId(), score, clock);
            }
            else if (caller.isAdmin()) {
                match.settle(score, clock);
                recorded = true;
            }
            else {
                throw new MatchNotFound(matchId);
            }
            if (recorded) {
                ratings.recordMatch(match.id(), players(match.side(match.winner())), players(match.side(3 - match.winner())));
            }
            return matches.save(match);
        });
    }

    private static List<Ratings.Player> players(List<Match.Rated> side) {
        return side.stream().map(player -> new Ratings.Player(player.playerId(), player.level())).toList();
    }
}
