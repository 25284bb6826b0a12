package dev.rallypoint.court.payment;

import dev.rallypoint.common.event.court.PaymentCompleted;
import dev.rallypoint.common.event.court.ReservationCancelled;
import dev.rallypoint.common.event.court.ReservationChanged;
import dev.rallypoint.common.event.court.ReservationNoShow;
import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.common.event.user.RefundCompleted;
import dev.rallypoint.court.Actor;
import dev.rallypoint.court.reservation.PayableReservation;
import dev.rallypoint.court.reservation.ReservationPayments;
import dev.rallypoint.court.reservation.ReservationStatus;
import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /** Why points go back after a change to a cheaper time. */
    static final String CHANGED = "CHANGED";

    private static final Logger log = LoggerFactory.getLogger(PaymentSaga.class);

    private final PaymentRepository payments;

    private final RefundRepository refunds;

    private final ReservationPayments reservations;

    private final TransactionTemplate transactions;

    private final ApplicationEventPublisher events;

    private final PaymentMetrics metrics;

    private final PaymentProperties properties;

    private final RequestDispatch dispatch;

    private final WalletInquiry wallet;

    private final Clock clock;

    PaymentSaga(PaymentRepository payments, RefundRepository refunds, ReservationPayments reservations,
            TransactionTemplate transactions, ApplicationEventPublisher events, PaymentMetrics metrics,
            PaymentProperties properties, RequestDispatch dispatch, WalletInquiry wallet, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.reservations = reservations;
        this.transactions = transactions;
        this.events = events;
        this.metrics = metrics;
        this.properties = properties;
        this.dispatch = dispatch;
        this.wallet = wallet;
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

    /** The wallet debited the payment; answers whether it is a reservation's payment (only then is it handled). */
    boolean succeeded(PaymentSucceeded answer) {
        Payment payment = locked(answer.aggregateId());
        if (payment == null) {
            return false;
        }
        if (payment.status() == PaymentStatus.REQUESTED) {
            paid(payment);
        }
        else if (payment.status() != PaymentStatus.SUCCEEDED) {
            refundLate(payment, "payment " + payment.status());
        }
        return true;
    }

    /** The wallet debited a payment the saga still waits for (its answer arrived, or the wallet said so when asked). */
    private void paid(Payment payment) {
        PayableReservation reservation = reservations.current(payment.reservationId());
        if (payment.isDifference()) {
            differencePaid(payment, reservation);
            return;
        }
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

    /** The wallet declined the payment; answers whether it is a reservation's payment (only then is it handled). */
    boolean failed(PaymentFailed answer) {
        Payment payment = locked(answer.aggregateId());
        if (payment == null) {
            return false;
        }
        declined(payment, answer.reason());
        return true;
    }

    private void declined(Payment payment, String reason) {
        if (payment.fail(reason, clock)) {
            payments.save(payment);
            metrics.outcome("failed");
            PayableReservation reservation = unpaid(payment, reason);
            log.info("Payment {} failed ({}): reservation {} is {}", payment.id(), reason, payment.reservationId(),
                    reservation.status());
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

    /**
     * Looks into the payments whose answer is overdue; answers how many were settled. The wait counts
     * from when the request left the outbox: one still in the outbox (the broker was down) or sent late
     * waits on. Then, before giving up, the wallet is asked what became of the payment: paid confirms,
     * declined fails, never arrived cancels (a request arriving after that is refused, a debit paid
     * back). A wallet that cannot be asked is asked again later, up to {@code giveUpAfter}.
     */
    int timeOutOverdue() {
        int settled = 0;
        List<UUID> overdue;
        do {
            overdue = payments.findOverdue(clock.instant(), properties.timeoutBatch());
            for (UUID paymentId : overdue) {
                settled += settleOverdue(paymentId) ? 1 : 0;
            }
        }
        while (overdue.size() == properties.timeoutBatch());
        return settled;
    }

    private boolean settleOverdue(UUID paymentId) {
        Payment seen = payments.findById(paymentId).orElse(null);
        Instant now = clock.instant();
        if (seen == null || !seen.isOverdue(now)) {
            return false;
        }
        Optional<Instant> sent = dispatch.sentAt(paymentId, seen.requestedAt());
        if (sent.isEmpty()) {
            return waitOn(paymentId, now, now.plus(properties.answerTimeout()), "its request is still in the outbox");
        }
        Instant answerDue = sent.get().plus(properties.answerTimeout());
        if (answerDue.isAfter(now)) {
            return waitOn(paymentId, now, answerDue, "its request left the outbox at " + sent.get());
        }
        WalletVerdict verdict = wallet.ask(paymentId);
        if (verdict instanceof WalletVerdict.Unreachable unreachable && now.isBefore(sent.get().plus(properties.giveUpAfter()))) {
            return waitOn(paymentId, now, now.plus(properties.inquiryRetry()), "the wallet cannot be asked: " + unreachable.why());
        }
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Payment payment = locked(paymentId);
            if (payment == null || !payment.isOverdue(clock.instant())) {
                return false;
            }
            switch (verdict) {
                case WalletVerdict.Paid paid -> {
                    log.info("Payment {} got no answer in time, but the wallet says it was paid", paymentId);
                    paid(payment);
                }
                case WalletVerdict.NotPaid notPaid -> {
                    log.info("Payment {} got no answer in time; the wallet says it was not paid ({})", paymentId,
                            notPaid.reason());
                    declined(payment, notPaid.reason());
                }
                case WalletVerdict.NeverArrived never -> timedOut(payment, "the wallet never got the request");
                case WalletVerdict.Unreachable unreachable -> timedOut(payment,
                        "the wallet could not be asked since " + sent.get() + ": " + unreachable.why());
            }
            return true;
        }));
    }

    /** Moves an overdue payment's deadline (unless an answer settled it meanwhile). */
    private boolean waitOn(UUID paymentId, Instant now, Instant due, String why) {
        transactions.executeWithoutResult(status -> {
            Payment payment = locked(paymentId);
            if (payment != null && payment.isOverdue(now) && payment.awaitAnswerUntil(due)) {
                payments.save(payment);
                log.info("Payment {} waits for its answer until {}: {}", paymentId, due, why);
            }
        });
        return false;
    }

    private void timedOut(Payment payment, String why) {
        payment.cancel(TIMEOUT, clock);
        payments.save(payment);
        metrics.outcome("timeout");
        PayableReservation reservation = unpaid(payment, TIMEOUT);
        log.warn("Payment {} got no answer by {} and {}: cancelled, reservation {} is {}", payment.id(),
                payment.answerDue(), why, payment.reservationId(), reservation.status());
    }

    /**
     * A reservation was cancelled: a payment still waiting is given up (the wallet pays back a debit it
     * made), a paid one is refunded but for the fee the cancellation policy keeps.
     */
    @EventListener
    void on(ReservationCancelled cancelled) {
        ReservationStatus previous = ReservationStatus.valueOf(cancelled.previousStatus());
        if (previous == ReservationStatus.PAYMENT_PENDING || previous == ReservationStatus.CONFIRMED) {
            for (Payment payment : payments.findForUpdate(cancelled.aggregateId(), PaymentStatus.REQUESTED)) {
                payment.cancel(RESERVATION_CANCELLED, clock);
                payments.save(payment);
                metrics.outcome("cancelled");
                log.info("Payment {} cancelled with its reservation {}", payment.id(), cancelled.aggregateId());
            }
        }
        if (previous == ReservationStatus.CONFIRMED) {
            long refunded = refund(cancelled.aggregateId(), cancelled.price() - cancelled.fee(),
                    "CANCELLED_BY_" + cancelled.cancelledBy());
            log.info("Reservation {} cancelled by {}: {} points refunded (fee {})", cancelled.aggregateId(),
                    cancelled.cancelledBy(), refunded, cancelled.fee());
        }
    }

    /** A member did not show up: what the club's no-show policy does not keep is refunded. */
    @EventListener
    void on(ReservationNoShow noShow) {
        long refunded = refund(noShow.aggregateId(), noShow.price() - noShow.kept(), "NO_SHOW");
        log.info("Reservation {} was a no-show: {} points refunded, {} kept", noShow.aggregateId(), refunded, noShow.kept());
    }

    /**
     * A confirmed reservation moved (by a person, not by the saga undoing a change): a cheaper time
     * refunds the difference, a dearer one asks the wallet for it, while the reservation stays
     * confirmed on its new time. One change's difference at a time: another change waits for it.
     */
    @EventListener
    void on(ReservationChanged changed) {
        if (Actor.valueOf(changed.changedBy()) == Actor.SYSTEM) {
            return;
        }
        PayableReservation reservation = reservations.current(changed.aggregateId());
        if (reservation.status() != ReservationStatus.CONFIRMED) {
            return;
        }
        if (!payments.findForUpdate(changed.aggregateId(), PaymentStatus.REQUESTED).isEmpty()) {
            throw new DifferencePending();
        }
        long difference = changed.price() - changed.previousPrice();
        if (difference < 0) {
            long refunded = refund(changed.aggregateId(), -difference, CHANGED);
            log.info("Reservation {} changed to a cheaper time: {} of {} points refunded", changed.aggregateId(),
                    refunded, -difference);
        }
        else if (difference > 0) {
            Payment payment = payments.save(Payment.requestDifference(reservation, changed, properties.answerTimeout(),
                    clock));
            metrics.requested();
            log.info("Reservation {} changed to a dearer time: payment {} of the difference, {} points, requested",
                    changed.aggregateId(), payment.id(), difference);
        }
    }

    /**
     * Refunds up to {@code owed} points of what the reservation's succeeded payments brought in and
     * were not refunded yet, newest payment first; answers how many points.
     */
    private long refund(UUID reservationId, long owed, String reason) {
        long left = owed;
        for (Payment payment : payments.findForUpdate(reservationId, PaymentStatus.SUCCEEDED)) {
            long refundable = Math.min(left, payment.amount() - refunds.refundedOf(payment.id()));
            if (refundable <= 0) {
                continue;
            }
            Refund refund = refunds.save(Refund.of(payment, refundable, reason, clock));
            metrics.refund(refund.reason());
            log.info("Refund {} of payment {} requested: {} points ({})", refund.id(), payment.id(), refundable, reason);
            left -= refundable;
        }
        return owed - left;
    }

    /** The wallet debited the price difference of a change; a reservation cancelled meanwhile gets it back. */
    private void differencePaid(Payment payment, PayableReservation reservation) {
        if (reservation.status() != ReservationStatus.CONFIRMED) {
            payment.cancel("RESERVATION_" + reservation.status(), clock);
            refundLate(payment, "reservation " + reservation.status());
            return;
        }
        payment.succeed(clock);
        payments.save(payment);
        metrics.succeeded(Duration.between(payment.requestedAt(), clock.instant()));
        log.info("Payment {} of a change's difference succeeded: reservation {} stays confirmed", payment.id(),
                payment.reservationId());
    }

    /** A payment failed or timed out: a hold is handed back, a change whose difference went unpaid undone. */
    private PayableReservation unpaid(Payment payment, String reason) {
        if (payment.isDifference()) {
            return reservations.changeUnpaid(payment.reservationId(), payment.previousCourtId(), payment.previousRange(),
                    payment.previousPrice(), "CHANGE_" + reason);
        }
        return reservations.paymentFailed(payment.reservationId(), reason);
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
