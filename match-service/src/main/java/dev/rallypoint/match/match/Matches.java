package dev.rallypoint.match.match;

import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.match.court.CourtHolds;
import dev.rallypoint.match.court.HoldOutcome;
import dev.rallypoint.match.matching.Proposal;
import dev.rallypoint.match.request.OpenRequests;
import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forming matches (for the matcher), their confirmation by every player before a deadline, and reading them
 * (for their players and admins). A match that falls through (a player declines, or the deadline passes)
 * releases its court hold once that is committed, closes the requests of the players responsible and puts
 * the others back in the queue at their old place.
 */
@Component
public class Matches {

    private static final Logger log = LoggerFactory.getLogger(Matches.class);

    /** How many overdue matches one sweep transaction times out. */
    private static final int SWEEP_BATCH = 50;

    private final MatchRepository matches;

    private final OpenRequests requests;

    private final CourtHolds courts;

    private final TransactionTemplate transactions;

    private final SplitPayments splits;

    private final SplitPaymentProperties payment;

    private final Clock clock;

    Matches(MatchRepository matches, OpenRequests requests, CourtHolds courts, TransactionTemplate transactions,
            SplitPayments splits, SplitPaymentProperties payment, Clock clock) {
        this.splits = splits;
        this.payment = payment;
        this.matches = matches;
        this.requests = requests;
        this.courts = courts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Stores the match a proposal makes on the court held for it, in the matcher's transaction; answers its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    UUID form(UUID id, Proposal proposal, HoldOutcome.Held court, Instant confirmBy) {
        return matches.save(Match.form(id, proposal, court, confirmBy, clock)).id();
    }

    /** A fresh match id, known before the match is stored (it names the court hold). */
    UUID newId() {
        return Uuids.timeOrdered(clock);
    }

    /**
     * The calling player confirms; a match the caller does not play in is not found. The last confirmation of a
     * match on a held court asks every player's wallet for their share of it.
     */
    Match confirm(Caller caller, UUID id) {
        return transactions.execute(status -> {
            Match match = lockedFor(caller, id);
            if (match.confirm(caller.userId(), payment.answerTimeout(), clock)
                    && match.status() == MatchStatus.PAYMENT_PENDING) {
                splits.request(match);
            }
            return matches.save(match);
        });
    }

    /** The calling player declines: the match is cancelled, the hold released. */
    Match decline(Caller caller, UUID id) {
        List<Match.Cancellation> cancelled = new ArrayList<>();
        Match match = transactions.execute(status -> {
            Match locked = lockedFor(caller, id);
            cancelled.add(settle(locked.decline(caller.userId(), clock)));
            return matches.save(locked);
        });
        cancelled.forEach(this::release);
        return match;
    }

    /**
     * Cancels the matches whose confirmation deadline passed; safe on any number of instances at once (each
     * overdue match is locked with {@code SKIP LOCKED} and is no longer awaiting once its transaction commits).
     * Answers how many it cancelled.
     */
    public int timeOutOverdue() {
        int total = 0;
        while (true) {
            List<Match.Cancellation> cancelled = transactions.execute(status -> {
                List<Match.Cancellation> batch = new ArrayList<>();
                for (UUID id : matches.lockOverdue(clock.instant(), SWEEP_BATCH)) {
                    Match match = matches.findWithPlayers(id).orElseThrow();
                    batch.add(settle(match.timeOut(clock)));
                    matches.save(match);
                }
                return batch;
            });
            cancelled.forEach(this::release);
            total += cancelled.size();
            if (cancelled.size() < SWEEP_BATCH) {
                return total;
            }
        }
    }

    List<Match> mine(UUID player) {
        return matches.findByPlayer(player);
    }

    Match one(Caller caller, UUID id) {
        return matches.findWithPlayers(id)
                .filter(match -> caller.isAdmin() || match.hasPlayer(caller.userId()))
                .orElseThrow(() -> new MatchNotFound(id));
    }

    private Match lockedFor(Caller caller, UUID id) {
        matches.findForUpdate(id).orElseThrow(() -> new MatchNotFound(id));
        return matches.findWithPlayers(id).filter(match -> match.hasPlayer(caller.userId()))
                .orElseThrow(() -> new MatchNotFound(id));
    }

    private Match.Cancellation settle(Match.Cancellation cancellation) {
        requests.withdraw(cancellation.closed());
        requests.reopen(cancellation.reopened());
        log.info("Match {} cancelled: requests {} back in the queue, {} closed", cancellation.matchId(),
                cancellation.reopened(), cancellation.closed());
        return cancellation;
    }

    /** After the cancellation committed; a hold that cannot be released now expires by itself at court-service. */
    private void release(Match.Cancellation cancellation) {
        if (cancellation.reservationId() != null) {
            courts.release(cancellation.reservationId(), cancellation.bookedFor());
        }
    }
}
