package dev.rallypoint.match.match;

import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.common.event.user.RefundCompleted;
import dev.rallypoint.match.court.CourtHolds;
import dev.rallypoint.match.court.SplitConfirmation;
import dev.rallypoint.match.request.OpenRequests;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pays a confirmed match's court by split: orchestrates one payment per player through the wallet's saga
 * contracts (the court-service saga's messages, answered on the wallet's topics). All shares of an attempt paid
 * → court-service confirms the reservation → the match is {@code PAID}. A declined share → the attempt's paid
 * shares are refunded, those still waiting cancelled, and the match is unconfirmed again. No answers by the due
 * time → the same, and the match falls through. Every step locks the match row first, then changes its shares
 * and stores their messages in the same transaction (the outbox).
 */
@Component
class SplitPayments {

    static final String DECLINED_OTHER = "MATCH_SHARE_DECLINED";

    static final String UNPAID = "UNPAID";

    static final String COURT_LOST = "COURT_LOST";

    static final String LATE_PAYMENT = "LATE_PAYMENT";

    private static final Logger log = LoggerFactory.getLogger(SplitPayments.class);

    /** How many overdue payments one sweep transaction settles. */
    private static final int SWEEP_BATCH = 20;

    private final MatchRepository matches;

    private final ShareRepository shares;

    private final OpenRequests requests;

    private final CourtHolds courts;

    private final TransactionTemplate transactions;

    private final SplitPaymentProperties properties;

    private final Clock clock;

    SplitPayments(MatchRepository matches, ShareRepository shares, OpenRequests requests, CourtHolds courts,
            TransactionTemplate transactions, SplitPaymentProperties properties, Clock clock) {
        this.properties = properties;
        this.matches = matches;
        this.shares = shares;
        this.requests = requests;
        this.courts = courts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The match (locked, {@code PAYMENT_PENDING}) asks every player's wallet for their share of this attempt. */
    @Transactional(propagation = Propagation.MANDATORY)
    void request(Match match) {
        int requested = 0;
        for (Map.Entry<UUID, Long> share : match.shares().entrySet()) {
            if (share.getValue() > 0) {
                Share one = shares.save(Share.request(match.id(), match.paymentAttempt(), share.getKey(),
                        share.getValue(), clock));
                requested++;
                log.info("Share {} of match {} requested: {} points from {}", one.paymentId(), match.id(),
                        share.getValue(), share.getKey());
            }
        }
        if (requested == 0) {
            bookCourt(match);
        }
    }

    /** The wallet debited a share. */
    @Transactional(propagation = Propagation.MANDATORY)
    void succeeded(PaymentSucceeded answer) {
        Locked locked = locked(answer.aggregateId());
        if (locked == null) {
            return;
        }
        Share share = locked.share();
        Match match = locked.match();
        if (current(share, match) && share.pay(clock)) {
            shares.save(share);
            if (attempt(match).stream().allMatch(one -> one.status() == ShareStatus.PAID)) {
                bookCourt(match);
            }
        }
        else if (share.status() == ShareStatus.CANCELLED && share.refund(LATE_PAYMENT, clock)) {
            shares.save(share);
            log.warn("Share {} of match {} was debited after it was given up: refunded", share.paymentId(), match.id());
        }
    }

    /** The wallet declined a share: the others are refunded or cancelled, the match is unconfirmed again. */
    @Transactional(propagation = Propagation.MANDATORY)
    void failed(PaymentFailed answer) {
        Locked locked = locked(answer.aggregateId());
        if (locked == null) {
            return;
        }
        Share share = locked.share();
        Match match = locked.match();
        boolean current = current(share, match);
        if (!share.decline(answer.reason(), clock)) {
            return;
        }
        shares.save(share);
        if (current) {
            giveUpAttempt(match, DECLINED_OTHER);
            match.paymentFailed(List.of(share.playerId()), answer.reason(), clock);
            matches.save(match);
            log.info("Share {} of match {} declined ({}): the match waits for {} to confirm again", share.paymentId(),
                    match.id(), answer.reason(), share.playerId());
        }
    }

    /** The wallet credited a share back. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refunded(RefundCompleted answer) {
        Locked locked = locked(answer.aggregateId());
        if (locked != null && locked.share().refunded(clock)) {
            shares.save(locked.share());
            log.info("Share {} of match {} refunded: {} points", answer.aggregateId(), locked.match().id(),
                    answer.amount());
        }
    }

    /**
     * Settles the matches whose payment is overdue; safe on any number of instances (each is locked with
     * {@code SKIP LOCKED}). Every share paid: court-service is told again. Otherwise the attempt is given up (the
     * wallet never debits a cancelled share, or pays it back) and the match falls through, the players whose
     * shares did not arrive responsible. Answers how many it settled.
     */
    int settleOverdue() {
        int total = 0;
        while (true) {
            List<Match.Cancellation> cancelled = new ArrayList<>();
            Integer settled = transactions.execute(status -> {
                List<UUID> overdue = matches.lockOverduePayments(clock.instant(), SWEEP_BATCH);
                for (UUID id : overdue) {
                    Match match = matches.findWithPlayers(id).orElseThrow();
                    List<Share> attempt = attempt(match);
                    if (attempt.stream().allMatch(one -> one.status() == ShareStatus.PAID)) {
                        bookCourt(match);
                        continue;
                    }
                    List<UUID> unpaid = attempt.stream().filter(one -> one.status() != ShareStatus.PAID)
                            .map(Share::playerId).toList();
                    giveUpAttempt(match, UNPAID);
                    cancelled.add(settle(match.paymentAbandoned(UNPAID, unpaid, clock)));
                    matches.save(match);
                    log.warn("Match {}: shares of {} not answered by {}; the match is cancelled", id, unpaid,
                            match.paymentDue());
                }
                return overdue.size();
            });
            cancelled.forEach(this::release);
            total += settled == null ? 0 : settled;
            if (settled == null || settled < SWEEP_BATCH) {
                return total;
            }
        }
    }

    /**
     * Every share is paid: court-service confirms the reservation (then the match is {@code PAID}); a hold it
     * no longer has gives everything back and the match falls through; without an answer it is told again later.
     */
    private void bookCourt(Match match) {
        SplitConfirmation answer = courts.confirmPaid(match.reservationId(), match.bookedFor());
        switch (answer) {
            case SplitConfirmation.Confirmed confirmed -> {
                match.paid(clock);
                log.info("Match {} paid by its players: reservation {} confirmed", match.id(), match.reservationId());
            }
            case SplitConfirmation.Refused refused -> {
                giveUpAttempt(match, COURT_LOST);
                settle(match.paymentAbandoned(COURT_LOST, List.of(), clock));
                log.warn("Match {}: court-service no longer holds reservation {} ({}); every share refunded", match.id(),
                        match.reservationId(), refused.why());
            }
            case SplitConfirmation.Unavailable unavailable -> {
                match.tellCourtAgainAt(clock.instant().plus(properties.courtRetry()));
                log.warn("Match {} is paid, but court-service could not be told ({}); told again later", match.id(),
                        unavailable.reason());
            }
        }
        matches.save(match);
    }

    /** The attempt's shares still waiting are cancelled, the paid ones refunded. */
    private void giveUpAttempt(Match match, String why) {
        for (Share share : attempt(match)) {
            boolean paid = share.status() == ShareStatus.PAID;
            if (share.cancel(why, clock) || paid && share.refund(why, clock)) {
                shares.save(share);
            }
        }
    }

    private List<Share> attempt(Match match) {
        return shares.findByMatchIdAndAttempt(match.id(), match.paymentAttempt());
    }

    private static boolean current(Share share, Match match) {
        return match.status() == MatchStatus.PAYMENT_PENDING && share.attempt() == match.paymentAttempt();
    }

    private Match.Cancellation settle(Match.Cancellation cancellation) {
        requests.withdraw(cancellation.closed());
        requests.reopen(cancellation.reopened());
        return cancellation;
    }

    private void release(Match.Cancellation cancellation) {
        if (cancellation.reservationId() != null) {
            courts.release(cancellation.reservationId(), cancellation.bookedFor());
        }
    }

    /**
     * Locks the match of a share, then reads the share, as every step does; {@code null} for a payment that is no
     * share of a match (court-service's, another feature's).
     */
    private Locked locked(UUID paymentId) {
        UUID matchId = shares.findMatchIdOf(paymentId).orElse(null);
        if (matchId == null) {
            log.debug("{} is no share of a match", paymentId);
            return null;
        }
        matches.findForUpdate(matchId).orElseThrow();
        Match match = matches.findWithPlayers(matchId).orElseThrow();
        return new Locked(match, shares.findById(paymentId).orElseThrow());
    }

    private record Locked(Match match, Share share) {
    }
}
