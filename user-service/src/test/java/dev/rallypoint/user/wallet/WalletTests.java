package dev.rallypoint.user.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.common.event.user.RefundCompleted;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The wallet and payment rules, without Spring.
 */
class WalletTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

    static final Instant NOW = CLOCK.instant();

    final UUID member = UUID.randomUUID();

    final Wallet wallet = Wallet.empty(member, NOW);

    @Test
    void chargesAndPaysWithOneNumberedEntryPerChange() {
        LedgerEntry charge = wallet.charge(Points.amount(1000), UUID.randomUUID(), "charge/1", NOW);
        LedgerEntry use = wallet.pay(Points.amount(300), UUID.randomUUID(), "court-reservation/1", NOW);

        assertThat(wallet.balance()).isEqualTo(new Points(700));
        assertThat(List.of(charge, use)).extracting(LedgerEntry::sequence).containsExactly(1L, 2L);
        assertThat(List.of(charge, use)).extracting(LedgerEntry::amount).containsExactly(1000L, -300L);
        assertThat(use.balanceAfter()).isEqualTo(new Points(700));
        assertThat(use.type()).isEqualTo(EntryType.USE);
    }

    @Test
    void refusesToPayMoreThanTheBalanceAndChangesNothing() {
        wallet.charge(Points.amount(100), UUID.randomUUID(), "charge/1", NOW);

        assertThatThrownBy(() -> wallet.pay(Points.amount(101), UUID.randomUUID(), "court-reservation/1", NOW))
                .isInstanceOf(InsufficientPoints.class);

        assertThat(wallet.balance()).isEqualTo(new Points(100));
        assertThat(wallet.charge(Points.amount(1), UUID.randomUUID(), "charge/2", NOW).sequence()).isEqualTo(2);
    }

    @Test
    void paysExactlyTheWholeBalance() {
        wallet.charge(Points.amount(100), UUID.randomUUID(), "charge/1", NOW);

        wallet.pay(Points.amount(100), UUID.randomUUID(), "court-reservation/1", NOW);

        assertThat(wallet.balance()).isEqualTo(Points.ZERO);
    }

    @Test
    void neverHoldsMoreThanTheLimit() {
        wallet.charge(Wallet.LIMIT, UUID.randomUUID(), "charge/1", NOW);

        assertThatThrownBy(() -> wallet.charge(Points.amount(1), UUID.randomUUID(), "charge/2", NOW))
                .isInstanceOf(BalanceLimitExceeded.class);
        assertThat(wallet.balance()).isEqualTo(Wallet.LIMIT);
    }

    @Test
    void holdsAndReleasesPointsInEscrow() {
        wallet.charge(Points.amount(500), UUID.randomUUID(), "charge/1", NOW);
        LedgerEntry hold = wallet.hold(Points.amount(200), UUID.randomUUID(), "market-trade/1", NOW);
        assertThat(wallet.balance()).isEqualTo(new Points(300));

        LedgerEntry release = wallet.release(hold, NOW);

        assertThat(wallet.balance()).isEqualTo(new Points(500));
        assertThat(release.type()).isEqualTo(EntryType.RELEASE);
        assertThat(release.operationId()).isEqualTo(hold.operationId());
        assertThatThrownBy(() -> wallet.release(release, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pointsAreNeverNegativeAndAmountsNeverZero() {
        assertThatThrownBy(() -> new Points(-1)).isInstanceOf(InvalidPoints.class);
        assertThatThrownBy(() -> Points.amount(0)).isInstanceOf(InvalidPoints.class);
        assertThatThrownBy(() -> Points.amount(-5)).isInstanceOf(InvalidPoints.class);
        assertThatThrownBy(() -> new Points(Long.MAX_VALUE).plus(Points.amount(1))).isInstanceOf(ArithmeticException.class);
        assertThat(new Points(5).minus(new Points(5))).isEqualTo(Points.ZERO);
    }

    @Test
    void aPaymentDebitsAndAnswersSucceeded() {
        wallet.charge(Points.amount(1000), UUID.randomUUID(), "charge/1", NOW);
        PaymentRequested request = request(400);

        Payment.Decision decision = Payment.decide(request, wallet, CLOCK);

        assertThat(decision.payment().status()).isEqualTo(PaymentStatus.DEBITED);
        assertThat(decision.entry()).hasValueSatisfying(entry -> {
            assertThat(entry.operationId()).isEqualTo(request.aggregateId());
            assertThat(entry.reference()).isEqualTo(request.reference());
        });
        assertThat(events(decision.payment())).singleElement().isInstanceOfSatisfying(PaymentSucceeded.class, answer -> {
            assertThat(answer.aggregateId()).isEqualTo(request.aggregateId());
            assertThat(answer.balance()).isEqualTo(600);
        });
    }

    @Test
    void aPaymentTheBalanceDoesNotCoverIsDeclinedWithoutDebit() {
        wallet.charge(Points.amount(100), UUID.randomUUID(), "charge/1", NOW);

        Payment.Decision decision = Payment.decide(request(400), wallet, CLOCK);

        assertThat(decision.payment().status()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(decision.entry()).isEmpty();
        assertThat(wallet.balance()).isEqualTo(new Points(100));
        assertThat(events(decision.payment())).singleElement().isInstanceOfSatisfying(PaymentFailed.class,
                answer -> assertThat(answer.reason()).isEqualTo(PaymentFailed.INSUFFICIENT_POINTS));
    }

    @Test
    void aPaymentCancelledAfterItsDebitIsPaidBackOnce() {
        wallet.charge(Points.amount(1000), UUID.randomUUID(), "charge/1", NOW);
        PaymentRequested request = request(400);
        Payment payment = Payment.decide(request, wallet, CLOCK).payment();
        PaymentCancelled cancellation = new PaymentCancelled(UUID.randomUUID(), NOW, request.aggregateId(), member, "TIMEOUT");

        Optional<LedgerEntry> refund = payment.cancel(cancellation, wallet, CLOCK);
        Optional<LedgerEntry> again = payment.cancel(cancellation, wallet, CLOCK);

        assertThat(refund).hasValueSatisfying(entry -> assertThat(entry.type()).isEqualTo(EntryType.REFUND));
        assertThat(again).isEmpty();
        assertThat(wallet.balance()).isEqualTo(new Points(1000));
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(events(payment)).last().isInstanceOf(RefundCompleted.class);
    }

    @Test
    void aPaymentCancelledBeforeItsRequestIsAnsweredFailedAndNeverDebited() {
        PaymentRequested request = request(400);
        Payment payment = Payment.cancelledBeforeRequest(
                new PaymentCancelled(UUID.randomUUID(), NOW, request.aggregateId(), member, "TIMEOUT"), CLOCK);

        payment.answerAgain(Optional.empty(), CLOCK);

        assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(events(payment)).singleElement().isInstanceOfSatisfying(PaymentFailed.class,
                answer -> assertThat(answer.reason()).isEqualTo(PaymentFailed.CANCELLED));
    }

    @Test
    void refusesAPaymentForAnotherWalletOrWithoutAmount() {
        PaymentRequested other = new PaymentRequested(UUID.randomUUID(), NOW, UUID.randomUUID(), UUID.randomUUID(), 10, "x/1");
        PaymentRequested zero = new PaymentRequested(UUID.randomUUID(), NOW, UUID.randomUUID(), member, 0, "x/1");

        assertThatThrownBy(() -> Payment.decide(other, wallet, CLOCK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Payment.decide(zero, wallet, CLOCK)).isInstanceOf(InvalidPoints.class);
    }

    private PaymentRequested request(long amount) {
        return new PaymentRequested(UUID.randomUUID(), NOW, UUID.randomUUID(), member, amount,
                "court-reservation/" + UUID.randomUUID());
    }

    private static List<Object> events(Payment payment) {
        return payment.answers();
    }
}
