package dev.rallypoint.match.match;

import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.court.RefundRequested;
import dev.rallypoint.common.id.Uuids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

/**
 * One player's share of a match's court, asked of their own wallet through the payment saga's contracts
 * ({@link PaymentRequested}, answered on the wallet's topics). Its id is the payment id, and the refund id when
 * it is paid back, so the wallet debits it at most once and credits it back at most once (its own pay-back of
 * a cancelled debit uses the same id). Each transition registers the message it owes the wallet.
 */
@Entity
@Table(name = "match_share")
class Share extends AbstractAggregateRoot<Share> implements Persistable<UUID> {

    /** What the wallet's ledger shows a share paid for. */
    static final String REFERENCE = "match/";

    @Id
    @Column(name = "payment_id")
    private UUID paymentId;

    private UUID matchId;

    private int attempt;

    private UUID playerId;

    private long amount;

    @Enumerated(EnumType.STRING)
    private ShareStatus status;

    private String reason;

    private Instant requestedAt;

    private Instant updatedAt;

    @Transient
    private boolean stored = true;

    protected Share() {
    }

    /** Asks the player's wallet for their share. */
    static Share request(UUID matchId, int attempt, UUID playerId, long amount, Clock clock) {
        Share share = new Share();
        Instant now = clock.instant();
        share.paymentId = Uuids.timeOrdered(clock);
        share.matchId = matchId;
        share.attempt = attempt;
        share.playerId = playerId;
        share.amount = amount;
        share.status = ShareStatus.REQUESTED;
        share.requestedAt = now;
        share.updatedAt = now;
        share.stored = false;
        share.registerEvent(new PaymentRequested(Uuids.timeOrdered(clock), now, share.paymentId, playerId, amount,
                REFERENCE + matchId));
        return share;
    }

    /** The wallet debited it; answers whether that is news (a repeated answer is not). */
    boolean pay(Clock clock) {
        return move(ShareStatus.REQUESTED, ShareStatus.PAID, null, clock);
    }

    /** The wallet declined it; answers whether that is news. */
    boolean decline(String why, Clock clock) {
        return move(ShareStatus.REQUESTED, ShareStatus.DECLINED, why, clock);
    }

    /** Gives up a share still waiting for its answer: the wallet must not debit it, or pays it back. */
    boolean cancel(String why, Clock clock) {
        if (!move(ShareStatus.REQUESTED, ShareStatus.CANCELLED, why, clock)) {
            return false;
        }
        registerEvent(new PaymentCancelled(Uuids.timeOrdered(clock), clock.instant(), paymentId, playerId, why));
        return true;
    }

    /**
     * Asks a paid share back, or one debited after it was cancelled (a late debit); the refund id is the payment
     * id, so it is credited once even when the wallet pays a cancelled debit back by itself too.
     */
    boolean refund(String why, Clock clock) {
        if (status != ShareStatus.PAID && status != ShareStatus.CANCELLED) {
            return false;
        }
        status = ShareStatus.REFUNDING;
        reason = why;
        updatedAt = clock.instant();
        registerEvent(new RefundRequested(Uuids.timeOrdered(clock), updatedAt, paymentId, playerId, amount,
                REFERENCE + matchId, why));
        return true;
    }

    /** The wallet credited it back (asked for, or its own pay-back of a cancelled debit). */
    boolean refunded(Clock clock) {
        if (status != ShareStatus.REFUNDING && status != ShareStatus.CANCELLED) {
            return false;
        }
        status = ShareStatus.REFUNDED;
        updatedAt = clock.instant();
        return true;
    }

    private boolean move(ShareStatus from, ShareStatus to, String why, Clock clock) {
        if (status != from) {
            return false;
        }
        status = to;
        reason = why;
        updatedAt = clock.instant();
        return true;
    }

    @Override
    public UUID getId() {
        return paymentId;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void stored() {
        stored = true;
    }

    UUID paymentId() {
        return paymentId;
    }

    UUID matchId() {
        return matchId;
    }

    int attempt() {
        return attempt;
    }

    UUID playerId() {
        return playerId;
    }

    long amount() {
        return amount;
    }

    ShareStatus status() {
        return status;
    }
}
