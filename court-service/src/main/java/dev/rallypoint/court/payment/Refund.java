package dev.rallypoint.court.payment;

import dev.rallypoint.common.event.court.RefundRequested;
import dev.rallypoint.common.id.Uuids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * Points court-service owes back for one payment, asked of the wallet, which credits them once per
 * refund id. A payment is refunded at most once.
 */
@Entity
@Table(name = "refund")
class Refund extends AbstractAggregateRoot<Refund> {

    /** The payment landed after the saga had given it up (timeout or cancellation). */
    static final String LATE_PAYMENT = "LATE_PAYMENT";

    @Id
    private UUID id;

    private UUID paymentId;

    private UUID reservationId;

    private UUID payerId;

    private long amount;

    private String reason;

    private Instant requestedAt;

    private Instant completedAt;

    /** {@code null} until first stored: the id is assigned, so this is how a new one is told apart without a SELECT. */
    @Version
    private Long version;

    protected Refund() {
    }

    /**
     * Refunds a debit the saga no longer wanted. Its id is the payment id: the wallet pays back a
     * cancelled debit under that same id, so the two never credit twice.
     */
    static Refund ofLatePayment(Payment payment, Clock clock) {
        return create(payment.id(), payment, payment.amount(), LATE_PAYMENT, clock);
    }

    /** Refunds {@code amount} of a confirmed reservation's payment, e.g. when it is cancelled. */
    static Refund of(Payment payment, long amount, String reason, Clock clock) {
        return create(Uuids.timeOrdered(clock), payment, amount, reason, clock);
    }

    /**
     * Records that the wallet paid a cancelled payment back on its own (it had debited it before it
     * saw the cancellation): nothing is left to ask for.
     */
    static Refund paidBack(Payment payment, long amount, Clock clock) {
        Refund refund = create(payment.id(), payment, amount, LATE_PAYMENT, clock);
        refund.clearDomainEvents();
        refund.completedAt = refund.requestedAt;
        return refund;
    }

    private static Refund create(UUID id, Payment payment, long amount, String reason, Clock clock) {
        if (amount <= 0 || amount > payment.amount()) {
            throw new IllegalArgumentException("A refund of payment " + payment.id() + " is 1 to " + payment.amount()
                    + " points, not " + amount);
        }
        Refund refund = new Refund();
        Instant now = clock.instant();
        refund.id = id;
        refund.paymentId = payment.id();
        refund.reservationId = payment.reservationId();
        refund.payerId = payment.payerId();
        refund.amount = amount;
        refund.reason = reason;
        refund.requestedAt = now;
        refund.registerEvent(new RefundRequested(UUID.randomUUID(), now, id, refund.payerId, amount, payment.reference(),
                reason));
        return refund;
    }

    /** The wallet credited it; answers whether that is news. */
    boolean complete(Clock clock) {
        if (completedAt != null) {
            return false;
        }
        this.completedAt = clock.instant();
        return true;
    }

    UUID id() {
        return id;
    }

    UUID paymentId() {
        return paymentId;
    }

    long amount() {
        return amount;
    }

    String reason() {
        return reason;
    }

    boolean isCompleted() {
        return completedAt != null;
    }
}
