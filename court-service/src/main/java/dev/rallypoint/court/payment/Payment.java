package dev.rallypoint.court.payment;

import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.court.ReservationChanged;
import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.court.club.TimeRange;
import dev.rallypoint.court.reservation.PayableReservation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One attempt to pay for a reservation: the saga's record. Its id is the payment id the wallet debits
 * at most once; it waits for the wallet's answer until {@code answerDue}, then gives up.
 */
@Entity
@Table(name = "payment")
class Payment extends AbstractAggregateRoot<Payment> {

    static final String REFERENCE_PREFIX = "court-reservation/";

    @Id
    private UUID id;

    private UUID reservationId;

    private UUID payerId;

    private long amount;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status;

    private String failureReason;

    private Instant requestedAt;

    private Instant answerDue;

    private Instant settledAt;

    private UUID previousCourtId;

    private Instant previousStartsAt;

    private Instant previousEndsAt;

    private Long previousPrice;

    /** {@code null} until first stored: the id is assigned, so this is how a new one is told apart without a SELECT. */
    @Version
    private Long version;

    protected Payment() {
    }

    /** Asks the payer's wallet for the reservation's price and waits at most {@code answerWithin}. */
    static Payment request(PayableReservation reservation, Duration answerWithin, Clock clock) {
        return request(reservation, reservation.price(), answerWithin, clock);
    }

    /**
     * Asks the payer's wallet for the price difference of a dearer change of a confirmed reservation,
     * remembering where the reservation was before it.
     */
    static Payment requestDifference(PayableReservation reservation, ReservationChanged change, Duration answerWithin,
            Clock clock) {
        Payment payment = request(reservation, change.price() - change.previousPrice(), answerWithin, clock);
        payment.previousCourtId = change.previousCourtId();
        payment.previousStartsAt = change.previousStartsAt();
        payment.previousEndsAt = change.previousEndsAt();
        payment.previousPrice = change.previousPrice();
        return payment;
    }

    private static Payment request(PayableReservation reservation, long amount, Duration answerWithin, Clock clock) {
        Payment payment = new Payment();
        Instant now = clock.instant();
        payment.id = Uuids.timeOrdered(clock);
        payment.reservationId = reservation.id();
        payment.payerId = reservation.memberId();
        payment.amount = amount;
        payment.status = PaymentStatus.REQUESTED;
        payment.requestedAt = now;
        payment.answerDue = now.plus(answerWithin);
        payment.registerEvent(new PaymentRequested(UUID.randomUUID(), now, payment.id, payment.payerId, payment.amount,
                payment.reference()));
        return payment;
    }

    /** The wallet debited it; answers whether the saga was still waiting for that. */
    boolean succeed(Clock clock) {
        if (status != PaymentStatus.REQUESTED) {
            return false;
        }
        this.status = PaymentStatus.SUCCEEDED;
        this.settledAt = clock.instant();
        return true;
    }

    /** The wallet declined it; answers whether the saga was still waiting for that. */
    boolean fail(String reason, Clock clock) {
        if (status != PaymentStatus.REQUESTED) {
            return false;
        }
        this.status = PaymentStatus.FAILED;
        this.failureReason = reason;
        this.settledAt = clock.instant();
        return true;
    }

    /** Gives up waiting: the wallet must not debit it any more and pays back a debit it made. */
    boolean cancel(String reason, Clock clock) {
        if (status != PaymentStatus.REQUESTED) {
            return false;
        }
        Instant now = clock.instant();
        this.status = PaymentStatus.CANCELLED;
        this.failureReason = reason;
        this.settledAt = now;
        registerEvent(new PaymentCancelled(UUID.randomUUID(), now, id, payerId, reason));
        return true;
    }

    /**
     * Waits for the wallet's answer until {@code due} (the request was late to leave the outbox, or the
     * wallet could not be asked); answers whether the payment was still waiting.
     */
    boolean awaitAnswerUntil(Instant due) {
        if (status != PaymentStatus.REQUESTED) {
            return false;
        }
        this.answerDue = due;
        return true;
    }

    boolean isOverdue(Instant now) {
        return status == PaymentStatus.REQUESTED && !answerDue.isAfter(now);
    }

    /** Whether this pays the price difference of a change rather than a hold. */
    boolean isDifference() {
        return previousCourtId != null;
    }

    UUID previousCourtId() {
        return previousCourtId;
    }

    TimeRange previousRange() {
        return new TimeRange(previousStartsAt, previousEndsAt);
    }

    long previousPrice() {
        return previousPrice;
    }

    String reference() {
        return REFERENCE_PREFIX + reservationId;
    }

    UUID id() {
        return id;
    }

    UUID reservationId() {
        return reservationId;
    }

    UUID payerId() {
        return payerId;
    }

    long amount() {
        return amount;
    }

    PaymentStatus status() {
        return status;
    }

    String failureReason() {
        return failureReason;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    Instant answerDue() {
        return answerDue;
    }
}
