package dev.rallypoint.match.matching;

import dev.rallypoint.match.match.Matches;
import dev.rallypoint.match.request.OpenRequests;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One round of matching, safe on any number of instances at once. A round expires requests whose windows
 * all passed, reads the oldest open requests without locking, plans matches with the {@link Matchmaker},
 * then forms each planned match in a transaction of its own that first claims its requests
 * ({@code FOR UPDATE SKIP LOCKED}, still open): when another instance planned the same match and claimed a
 * request first, or a player cancelled, the plan is dropped and its other requests stay open for the next
 * round. The database's exclusion constraint refuses a player in two matches at once whatever happens.
 */
@Component
public class Matcher {

    private static final Logger log = LoggerFactory.getLogger(Matcher.class);

    private final OpenRequests requests;

    private final Matches matches;

    private final MatchingProperties properties;

    private final Matchmaker matchmaker;

    private final TransactionTemplate transactions;

    private final Clock clock;

    Matcher(OpenRequests requests, Matches matches, MatchingProperties properties, TransactionTemplate transactions,
            Clock clock) {
        this.requests = requests;
        this.matches = matches;
        this.properties = properties;
        this.matchmaker = properties.matchmaker();
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs one round; answers how many matches it formed. */
    public int runOnce() {
        Instant now = clock.instant();
        requests.expire(now);
        List<Proposal> proposals = matchmaker.match(requests.oldest(properties.batch(), now));
        int formed = 0;
        for (Proposal proposal : proposals) {
            if (form(proposal)) {
                formed++;
            }
        }
        if (!proposals.isEmpty()) {
            log.info("Matcher planned {} matches and formed {}", proposals.size(), formed);
        }
        return formed;
    }

    private boolean form(Proposal proposal) {
        List<UUID> ids = proposal.requests().stream().map(Candidate::requestId).toList();
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (!requests.claim(ids)) {
                    return false;
                }
                requests.matched(ids, matches.form(proposal));
                return true;
            }));
        }
        catch (DataIntegrityViolationException ex) {
            log.warn("Match of requests {} refused by the database: {}", ids, ex.getMostSpecificCause().getMessage());
            return false;
        }
    }
}
