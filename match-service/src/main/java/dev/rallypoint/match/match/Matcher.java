package dev.rallypoint.match.match;

import dev.rallypoint.match.court.CourtHolds;
import dev.rallypoint.match.court.HoldOutcome;
import dev.rallypoint.match.matching.Candidate;
import dev.rallypoint.match.matching.CourtTime;
import dev.rallypoint.match.matching.Matchmaker;
import dev.rallypoint.match.matching.MatchingProperties;
import dev.rallypoint.match.matching.Proposal;
import dev.rallypoint.match.request.OpenRequests;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
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
 * round. Before a match is stored, court-service holds a court for it, at the first of the proposal's court times
 * that has one free (a bounded number, each asked under a key of its own); without a court there is no match.
 * The database's exclusion constraint refuses a player in two matches at once whatever happens.
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

    private final CourtHolds courts;

    Matcher(OpenRequests requests, Matches matches, MatchingProperties properties, TransactionTemplate transactions,
            Clock clock, CourtHolds courts) {
        this.courts = courts;
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
            Formation formation = form(proposal);
            if (formation == Formation.FORMED) {
                formed++;
            }
            else if (formation == Formation.COURTS_UNAVAILABLE) {
                log.warn("court-service unavailable: the round stops, its requests stay open for the next one");
                break;
            }
        }
        if (!proposals.isEmpty()) {
            log.info("Matcher planned {} matches and formed {}", proposals.size(), formed);
        }
        return formed;
    }

    /**
     * Forms one planned match in a transaction of its own: claims its requests, then has court-service hold
     * a court (while the claim's row locks keep other instances off these requests) at the first of the proposal's
     * court times that has one free, then stores the match there and closes the requests. No court at any of them,
     * or court-service unavailable: the transaction rolls back and the requests stay open. A hold taken for a match
     * that the database then refuses is released again.
     */
    private Formation form(Proposal proposal) {
        List<UUID> ids = proposal.requests().stream().map(Candidate::requestId).toList();
        UUID matchId = matches.newId();
        UUID bookedFor = proposal.requests().getFirst().players().getFirst().id();
        AtomicReference<HoldOutcome.Held> held = new AtomicReference<>();
        try {
            Formation formation = transactions.execute(status -> {
                if (!requests.claim(ids)) {
                    return Formation.TAKEN;
                }
                List<CourtTime> times = proposal.courtTimes();
                HoldOutcome outcome = new HoldOutcome.NoCourtFree();
                CourtTime at = times.getFirst();
                for (int attempt = 0; attempt < times.size() && outcome instanceof HoldOutcome.NoCourtFree; attempt++) {
                    at = times.get(attempt);
                    outcome = courts.hold(holdKey(matchId, attempt), bookedFor, at.clubId(), at.slot().start(),
                            at.slot().end());
                }
                return switch (outcome) {
                    case HoldOutcome.Held court -> {
                        held.set(court);
                        requests.matched(ids, matches.form(matchId, proposal.at(at), court, confirmBy(court)));
                        yield Formation.FORMED;
                    }
                    case HoldOutcome.NoCourtFree none -> {
                        status.setRollbackOnly();
                        yield Formation.NO_COURT;
                    }
                    case HoldOutcome.Unavailable unavailable -> {
                        status.setRollbackOnly();
                        yield Formation.COURTS_UNAVAILABLE;
                    }
                };
            });
            return formation == null ? Formation.TAKEN : formation;
        }
        catch (RuntimeException ex) {
            if (ex instanceof DataIntegrityViolationException refused) {
                log.warn("Match of requests {} refused by the database: {}", ids, refused.getMostSpecificCause().getMessage());
            }
            else {
                log.warn("Match of requests {} not formed: {}", ids, ex.toString());
            }
            HoldOutcome.Held court = held.get();
            if (court != null) {
                courts.release(court.reservationId(), court.memberId());
            }
            return Formation.TAKEN;
        }
    }

    /**
     * The idempotency key of the hold asked for the match's court time at {@code attempt} (from 0): court-service
     * answers a repeated key with its first answer, so another court time needs another key.
     */
    private static String holdKey(UUID matchId, int attempt) {
        return attempt == 0 ? "match-" + matchId : "match-" + matchId + "-" + (attempt + 1);
    }

    /** Players confirm within the configured time, and before court-service lets the hold go. */
    private Instant confirmBy(HoldOutcome.Held court) {
        Instant wanted = clock.instant().plus(properties.confirmWithin());
        return court.heldUntil() != null && court.heldUntil().isBefore(wanted) ? court.heldUntil() : wanted;
    }

    /** What became of one planned match. */
    private enum Formation {
        FORMED, TAKEN, NO_COURT, COURTS_UNAVAILABLE
    }
}
