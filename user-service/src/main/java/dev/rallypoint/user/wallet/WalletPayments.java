package dev.rallypoint.user.wallet;

import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.court.RefundRequested;
import dev.rallypoint.common.event.user.RefundCompleted;
import dev.rallypoint.common.id.Uuids;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wallet's part in the payment saga court-service orchestrates: pays requested payments at
 * most once per payment id, never after their cancellation, pays cancelled debits back, and credits
 * refunds once per refund id. A refund under a payment's own id (court-service refunding a debit it
 * gave up on) and the cancellation of that payment pay it back once together, in either order. A
 * repeated request is answered again, never executed again. Each step runs under the payer's wallet lock and publishes its answer
 * through the outbox in the same transaction.
 */
@Component
class WalletPayments {

    private static final Logger log = LoggerFactory.getLogger(WalletPayments.class);

    private final Wallets wallets;

    private final PaymentRepository payments;

    private final LedgerEntryRepository entries;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    WalletPayments(Wallets wallets, PaymentRepository payments, LedgerEntryRepository entries,
            ApplicationEventPublisher events, Clock clock) {
        this.wallets = wallets;
        this.payments = payments;
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void pay(PaymentRequested request) {
        Wallet wallet = wallets.lock(request.userId());
        Optional<Payment> known = payments.findById(request.aggregateId());
        if (known.isPresent()) {
            Payment payment = known.get();
            requireSamePayer(payment, request.userId());
            payment.answerAgain(entries.findByTypeAndOperationId(EntryType.USE, payment.paymentId()), clock);
            payments.save(payment);
            log.info("Payment {} requested again, answered {}", payment.paymentId(), payment.status());
            return;
        }
        Payment.Decision decision = Payment.decide(request, wallet, clock);
        decision.entry().ifPresent(entries::save);
        payments.save(decision.payment());
        log.info("Payment {} of {} points for {} by {}: {}", request.aggregateId(), request.amount(), request.reference(),
                request.userId(), decision.payment().status());
    }

    @Transactional
    void cancel(PaymentCancelled cancellation) {
        Wallet wallet = wallets.lock(cancellation.userId());
        Optional<Payment> known = payments.findById(cancellation.aggregateId());
        if (known.isEmpty()) {
            payments.save(Payment.cancelledBeforeRequest(cancellation, clock));
            log.info("Payment {} cancelled before it was requested", cancellation.aggregateId());
            return;
        }
        Payment payment = known.get();
        requireSamePayer(payment, cancellation.userId());
        payment.cancel(cancellation, wallet, clock).ifPresent(refund -> {
            entries.save(refund);
            log.info("Payment {} cancelled after its debit: {} paid back", payment.paymentId(), refund.points());
        });
        payments.save(payment);
    }

    @Transactional
    void refund(RefundRequested request) {
        Wallet wallet = wallets.lock(request.userId());
        Optional<LedgerEntry> credited = entries.findByTypeAndOperationId(EntryType.REFUND, request.aggregateId());
        if (credited.isPresent()) {
            LedgerEntry refund = credited.get();
            events.publishEvent(new RefundCompleted(Uuids.timeOrdered(clock), clock.instant(), request.aggregateId(),
                    refund.walletId(), refund.points().value(), refund.balanceAfter().value()));
            log.info("Refund {} already credited; answered again", request.aggregateId());
            return;
        }
        LedgerEntry refund = entries.save(wallet.refund(Points.amount(request.amount()), request.aggregateId(),
                request.reference(), clock.instant()));
        payments.findById(request.aggregateId()).ifPresent(payment -> {
            requireSamePayer(payment, request.userId());
            payment.paidBack(request.reason(), clock);
            payments.save(payment);
        });
        events.publishEvent(new RefundCompleted(Uuids.timeOrdered(clock), clock.instant(), request.aggregateId(),
                request.userId(), request.amount(), refund.balanceAfter().value()));
        log.info("Refund {} of {} points for {} credited to {}", request.aggregateId(), request.amount(),
                request.reference(), request.userId());
    }

    /** A message naming another payer than the payment's is a producer bug: it goes to the dead-letter topic. */
    private static void requireSamePayer(Payment payment, UUID userId) {
        if (!payment.userId().equals(userId)) {
            throw new IllegalArgumentException("Payment " + payment.paymentId() + " is not of user " + userId);
        }
    }
}
