package dev.rallypoint.court.payment;

import dev.rallypoint.common.event.court.PaymentCompleted;
import dev.rallypoint.common.event.court.ReservationCancelled;
import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.common.event.user.RefundCompleted;
import dev.rallypoint.court.reservation.PayableReservation;
import dev.rallypoint.court.reservation.ReservationPayments;
import dev.rallypoint.court.reservation.ReservationStatus;
import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orchestrates paying for a court reservation: requests the payment of the wallet, confirms the
 * reservation on success, hands the hold back (or lets it expire) on a decline or when no answer
 * comes in time, and refunds what the wallet debits after the saga gave up. Every step changes the
 * payment and the reservation and stores its messages in one transaction.
 */
@Component
class PaymentSaga {

    static final String TIMEOUT = "PAYMENT_TIMEOUT";

    static final String RESERVATION_CANCELLED = "RESERVATION_CANCELLED";

    private static final Logger log = LoggerFactory.getLogger(PaymentSaga.class);

    private final PaymentRepository payments;

    private final RefundRepository refunds;

    private final ReservationPayments reservations;

    private final TransactionTemplate transactions;

    private final ApplicationEventPublisher events;

    private final PaymentMetrics metrics;

    private final PaymentProperties properties;

    private final Clock clock;

    PaymentSaga(PaymentRepository payments, RefundRepository refunds, ReservationPayments reservations,
            TransactionTemplate transactions, ApplicationEventPublisher events, PaymentMetrics metrics,
            PaymentProperties properties, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.reservations = reservations;
        this.transactions = transactions;
        this.events = events;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /** The member pays for their hold: the reservation waits in {@code PAYMENT_PENDING}, the wallet is asked. */
    PaymentView pay(Caller caller, UUID reservationId) {
        PaymentView view = transactions.execute(status -> {
            PayableReservation reservation = reservations.startPayment(caller, reservationId);
            if (reservation.price() == 0) {
                PayableReservation free = reservations.confirm(reservationId, null);
                return PaymentView.free(free);
            }
            Payment payment = payments.save(Payment.request(reservation, properties.answerTimeout(), clock));
            metrics.requested();
            return PaymentView.of(reservation, payment);
        });
        log.info("Payment {} requested for reservation {}: {} points from {}", view.paymentId(), reservationId,
                view.amount(), caller.subject());
        return view;
    }

    /** The wallet debited the payment. */
    void succeeded(PaymentSucceeded answer) {
        Payment payment = locked(answer.aggregateId());
        if (payment == null) {
            return;
        }
        if (payment.status() == PaymentStatus.REQUESTED) {
            PayableReservation reservation = reservations.current(payment.reservationId());
            if (reservation.status() != ReservationStatus.PAYMENT_PENDING) {
                payment.cancel("RESERVATION_" + reservation.status(), clock);
                refundLate(payment, "reservation " + reservation.status());
                return;
            }
            payment.succeed(clock);
            payments.save(payment);
            reservations.confirm(payment.reservationId(), payment.id());
            events.publishEvent(new PaymentCompleted(UUID.randomUUID(), clock.instant(), payment.reservationId(),
                    payment.payerId(), null, payment.amount()));
            metrics.succeeded(Duration.between(payment.requestedAt(), clock.instant()));
            log.info("Payment {} succeeded: reservation {} confirmed", payment.id(), payment.reservationId());
        }
        else if (payment.status() != PaymentStatus.SUCCEEDED) {
            refundLate(payment, "payment " + payment.status());
        }
    }

    /** The wallet declined the payment. */
    void failed(PaymentFailed answer) {
        Payment payment = locked(answer.aggregateId());
        if (payment == null) {
            return;
        }
        if (payment.fail(answer.reason(), clock)) {
            payments.save(payment);
            metrics.outcome("failed");
            PayableReservation reservation = reservations.paymentFailed(payment.reservationId(), answer.reason());
            log.info("Payment {} failed ({}): reservation {} is {}", payment.id(), answer.reason(),
                    payment.reservationId(), reservation.status());
        }
    }

    /**
     * The wallet credited a refund: one the saga asked for, or a cancelled payment it had debited and
     * paid back on its own (then the saga records that refund, and owes nothing more for it).
     */
    void refunded(RefundCompleted answer) {
        Payment payment = locked(answer.aggregateId());
        Refund refund = refunds.findById(answer.aggregateId()).orElse(null);
        if (refund != null) {
            if (refund.complete(clock)) {
                refunds.save(refund);
                log.info("Refund {} of payment {} completed: {} points", refund.id(), refund.paymentId(), refund.amount());
            }
            return;
        }
        if (payment != null && payment.status() == PaymentStatus.CANCELLED && !refunds.existsByPaymentId(payment.id())) {
            refunds.save(Refund.paidBack(payment, answer.amount(), clock));
            metrics.refund(Refund.LATE_PAYMENT);
            log.info("Payment {} was paid back by the wallet after its cancellation: {} points", payment.id(),
                    answer.amount());
        }
    }

    /** Cancels the payments nobody answered in time; answers how many. */
    int timeOutOverdue() {
        int total = 0;
        int batch;
        do {
            batch = timeOutBatch();
            total += batch;
        }
        while (batch == properties.timeoutBatch());
        return total;
    }

    private int timeOutBatch() {
        Integer count = transactions.execute(status -> {
            List<Payment> overdue = payments.findOverdue(clock.instant(), properties.timeoutBatch());
            for (Payment payment : overdue) {
                payment.cancel(TIMEOUT, clock);
                payments.save(payment);
                metrics.outcome("timeout");
                PayableReservation reservation = reservations.paymentFailed(payment.reservationId(), TIMEOUT);
                log.warn("Payment {} got no answer by {}: cancelled, reservation {} is {}", payment.id(),
                        payment.answerDue(), payment.reservationId(), reservation.status());
            }
            return overdue.size();
        });
        return count == null ? 0 : count;
    }

    /**
     * A reservation was cancelled: a payment still waiting is given up (the wallet pays back a debit it
     * made), a paid one is refunded but for the fee the cancellation policy keeps.
     */
    @EventListener
    void on(ReservationCancelled cancelled) {
        ReservationStatus previous = ReservationStatus.valueOf(cancelled.previousStatus());
        if (previous == ReservationStatus.PAYMENT_PENDING) {
            for (Payment payment : payments.findForUpdate(cancelled.aggregateId(), PaymentStatus.REQUESTED)) {
                payment.cancel(RESERVATION_CANCELLED, clock);
                payments.save(payment);
                metrics.outcome("cancelled");
                log.info("Payment {} cancelled with its reservation {}", payment.id(), cancelled.aggregateId());
            }
        }
        if (previous == ReservationStatus.CONFIRMED) {
            long owed = cancelled.price() - cancelled.fee();
            payments.findForUpdate(cancelled.aggregateId(), PaymentStatus.SUCCEEDED).stream().findFirst()
                    .filter(payment -> owed > 0)
                    .ifPresent(payment -> {
                        Refund refund = refunds.save(Refund.of(payment, Math.min(owed, payment.amount()),
                                "CANCELLED_BY_" + cancelled.cancelledBy(), clock));
                        metrics.refund(refund.reason());
                        log.info("Reservation {} cancelled by {}: refund {} of {} points (fee {})",
                                cancelled.aggregateId(), cancelled.cancelledBy(), refund.id(), refund.amount(),
                                cancelled.fee());
                    });
        }
    }

    /**
     * Locks a payment and its reservation, the reservation first as every use case does (holds,
     * cancellations, timeouts), so that they never wait for each other in a cycle. {@code null} for a
     * payment this saga does not know (another feature's).
     */
    private Payment locked(UUID paymentId) {
        UUID reservationId = payments.findReservationIdOf(paymentId).orElse(null);
        if (reservationId == null) {
            log.debug("{} is no payment of a court reservation", paymentId);
            return null;
        }
        reservations.current(reservationId);
        return payments.findForUpdate(paymentId).orElseThrow();
    }

    private void refundLate(Payment payment, String why) {
        payments.save(payment);
        if (refunds.existsByPaymentId(payment.id())) {
            return;
        }
        Refund refund = refunds.save(Refund.ofLatePayment(payment, clock));
        metrics.refund(refund.reason());
        log.warn("Payment {} debited after the saga gave it up ({}): refund {} of {} points requested", payment.id(), why,
                refund.id(), refund.amount());
    }
}
