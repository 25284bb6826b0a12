package dev.rallypoint.user.wallet;

import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.common.event.user.RefundCompleted;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

/**
 * The wallet's side of one payment court-service requested, keyed by its payment id: debited at
 * most once, never after a cancellation, and paid back when cancelled after the debit. Every
 * decision registers the answer court-service waits for.
 */
@Entity
@Table(name = "wallet_payment")
class Payment extends AbstractAggregateRoot<Payment> implements Persistable<UUID> {

    @Id
    @Column(name = "payment_id")
    private UUID paymentId;

    @Column(name = "user_id")
    private UUID userId;

    private Long amount;

    private String reference;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status;

    private String reason;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Transient
    private boolean stored = true;

    protected Payment() {
    }

    private Payment(UUID paymentId, UUID userId, Long amount, String reference, Instant now) {
        this.paymentId = paymentId;
        this.userId = userId;
        this.amount = amount;
        this.reference = reference;
        this.updatedAt = now;
        this.stored = false;
    }

    /**
     * Decides a new payment request against the payer's (locked) wallet: debits it, or declines when
     * the balance does not cover the amount. Returns the payment and, when debited, the ledger entry.
     */
    static Decision decide(PaymentRequested request, Wallet wallet, Clock clock) {
        if (!wallet.userId().equals(request.userId())) {
            throw new IllegalArgumentException("Payment " + request.aggregateId() + " is not for this wallet");
        }
        Points amount = Points.amount(request.amount());
        if (request.reference() == null || request.reference().isBlank()) {
            throw new IllegalArgumentException("Payment " + request.aggregateId() + " names nothing it pays for");
        }
        Instant now = clock.instant();
        Payment payment = new Payment(request.aggregateId(), request.userId(), amount.value(), request.reference(), now);
        try {
            LedgerEntry entry = wallet.pay(amount, payment.paymentId, payment.reference, now);
            payment.status = PaymentStatus.DEBITED;
            payment.registerEvent(new PaymentSucceeded(Uuids.timeOrdered(clock), now, payment.paymentId, payment.userId,
                    amount.value(), entry.balanceAfter().value()));
            return new Decision(payment, Optional.of(entry));
        }
        catch (InsufficientPoints ex) {
            payment.decline(PaymentFailed.INSUFFICIENT_POINTS, now, clock);
            return new Decision(payment, Optional.empty());
        }
    }

    /** The requester gave up on a payment the wallet has not seen yet: it will never be debited. */
    static Payment cancelledBeforeRequest(PaymentCancelled cancellation, Clock clock) {
        Payment payment = new Payment(cancellation.aggregateId(), cancellation.userId(), null, null, clock.instant());
        payment.status = PaymentStatus.CANCELLED;
        payment.reason = cancellation.reason();
        return payment;
    }

    /**
     * The request came again (court-service retried): answers again what was decided, without
     * debiting again. A payment cancelled meanwhile is answered as failed.
     */
    void answerAgain(Optional<LedgerEntry> debit, Clock clock) {
        Instant now = clock.instant();
        switch (status) {
            case DEBITED -> registerEvent(new PaymentSucceeded(Uuids.timeOrdered(clock), now, paymentId, userId, amount,
                    debit.orElseThrow().balanceAfter().value()));
            case DECLINED -> registerEvent(new PaymentFailed(Uuids.timeOrdered(clock), now, paymentId, userId, reason));
            case CANCELLED, REFUNDED -> registerEvent(new PaymentFailed(Uuids.timeOrdered(clock), now, paymentId, userId,
                    PaymentFailed.CANCELLED));
        }
    }

    /**
     * The requester gave up: a debited payment is paid back to the (locked) wallet once, and the
     * refund entry returned; otherwise nothing moves.
     */
    Optional<LedgerEntry> cancel(PaymentCancelled cancellation, Wallet wallet, Clock clock) {
        if (status != PaymentStatus.DEBITED) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        LedgerEntry refund = wallet.refund(new Points(amount), paymentId, reference, now);
        status = PaymentStatus.REFUNDED;
        reason = cancellation.reason();
        updatedAt = now;
        registerEvent(new RefundCompleted(Uuids.timeOrdered(clock), now, paymentId, userId, amount,
                refund.balanceAfter().value()));
        return Optional.of(refund);
    }

    /**
     * A refund requested under this payment's id (court-service's refund of a debit it no longer
     * wanted) paid it back already: a later cancellation must not pay it back again.
     */
    void paidBack(String why, Clock clock) {
        if (status == PaymentStatus.DEBITED) {
            status = PaymentStatus.REFUNDED;
            reason = why;
            updatedAt = clock.instant();
        }
    }

    private void decline(String why, Instant now, Clock clock) {
        status = PaymentStatus.DECLINED;
        reason = why;
        updatedAt = now;
        registerEvent(new PaymentFailed(Uuids.timeOrdered(clock), now, paymentId, userId, why));
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

    /** The answers registered and not yet published. */
    List<Object> answers() {
        return List.copyOf(domainEvents());
    }

    UUID paymentId() {
        return paymentId;
    }

    UUID userId() {
        return userId;
    }

    PaymentStatus status() {
        return status;
    }

    String reason() {
        return reason;
    }

    /** A payment decision and the ledger entry it wrote, if it debited. */
    record Decision(Payment payment, Optional<LedgerEntry> entry) {
    }
}
