package dev.rallypoint.court.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.test.TestKafka;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The saga's wait for the wallet counts from when the request left the outbox, and before giving up
 * it asks the wallet (over HTTP, as court-service) what became of the payment: a broker outage longer
 * than the answer timeout cancels nothing, a paid payment whose answer was lost is confirmed, and a
 * wallet that cannot be asked is asked again later instead of being assumed to have said no.
 */
class PaymentDeadlineTests extends HttpTest {

    static final int PAYMENTS = 6;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    final TestWallet wallet = TestWallet.get();

    Payments payments;

    Fixtures.TestClub club;

    @BeforeEach
    void club() {
        payments = new Payments(port, jdbc);
        club = Fixtures.club(payments.api(), "UTC");
    }

    @Test
    void paymentsRequestedWhileTheBrokerIsDownLongerThanTheAnswerTimeoutAllSucceedWhenItReturns() {
        List<UUID> members = new ArrayList<>();
        List<UUID> reservations = new ArrayList<>();
        for (int i = 0; i < PAYMENTS; i++) {
            UUID member = UUID.randomUUID();
            members.add(member);
            wallet.fund(member, PaymentSagaTests.PRICE);
            reservations.add(payments.hold(TestTokens.member(member), club.courtId(), 2, 8 + i));
        }
        List<UUID> paymentIds = new ArrayList<>();
        TestKafka.stop();
        try {
            for (int i = 0; i < PAYMENTS; i++) {
                Api.Response paid = payments.pay(reservations.get(i), TestTokens.member(members.get(i)),
                        UUID.randomUUID().toString());
                assertThat(paid.status()).as(paid.toString()).isEqualTo(202);
                paymentIds.add(UUID.fromString(paid.json().path("paymentId").asString()));
            }

            clock.advance(Duration.ofSeconds(45));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> paymentIds.stream()
                    .allMatch(payment -> answerDueIsAfterNow(payment)));
            assertThat(paymentIds).allSatisfy(payment -> assertThat(payments.paymentStatus(payment)).isEqualTo("REQUESTED"));
        }
        finally {
            TestKafka.start();
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> reservations
                .stream().allMatch(reservation -> payments.status(reservation).equals("CONFIRMED")));
        assertThat(paymentIds).allSatisfy(payment -> {
            assertThat(payments.paymentStatus(payment)).isEqualTo("SUCCEEDED");
            assertThat(payments.published("PaymentCancelled", payment)).isZero();
        });
        assertThat(members).allSatisfy(member -> assertThat(wallet.balance(member)).isZero());
    }

    @Test
    void aPaidPaymentWhoseAnswerWasLostIsConfirmedAfterAskingTheWallet() {
        UUID payer = UUID.randomUUID();
        String token = TestTokens.member(payer);
        wallet.fund(payer, PaymentSagaTests.PRICE);
        wallet.loseAnswersOf(payer);
        UUID reservation = payments.hold(token, club.courtId(), 3, 10);
        UUID payment = UUID.fromString(payments.pay(reservation, token, UUID.randomUUID().toString())
                .json().path("paymentId").asString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !wallet.received(PaymentRequested.class, payment).isEmpty());
        assertThat(wallet.balance(payer)).isZero();

        clock.advance(Duration.ofSeconds(31));

        payments.awaitStatus(reservation, "CONFIRMED");
        assertThat(wallet.inquiries()).contains(payment);
        assertThat(payments.paymentStatus(payment)).isEqualTo("SUCCEEDED");
        assertThat(payments.published("PaymentCancelled", payment)).isZero();
        assertThat(payments.published("PaymentCompleted", reservation)).isEqualTo(1);
    }

    @Test
    void aPaymentTheWalletCannotBeAskedAboutWaitsAndIsSettledWhenTheWalletAnswers() {
        UUID payer = UUID.randomUUID();
        String token = TestTokens.member(payer);
        wallet.fund(payer, PaymentSagaTests.PRICE);
        wallet.loseAnswersOf(payer);
        UUID reservation = payments.hold(token, club.courtId(), 3, 12);
        UUID payment = UUID.fromString(payments.pay(reservation, token, UUID.randomUUID().toString())
                .json().path("paymentId").asString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !wallet.received(PaymentRequested.class, payment).isEmpty());
        wallet.refuseInquiries(true);
        try {
            clock.advance(Duration.ofSeconds(31));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> wallet.inquiries().contains(payment)
                    && answerDueIsAfterNow(payment));
            assertThat(payments.paymentStatus(payment)).isEqualTo("REQUESTED");
            assertThat(payments.status(reservation)).isEqualTo("PAYMENT_PENDING");
        }
        finally {
            wallet.refuseInquiries(false);
        }

        clock.advance(Duration.ofSeconds(11));

        payments.awaitStatus(reservation, "CONFIRMED");
        assertThat(payments.paymentStatus(payment)).isEqualTo("SUCCEEDED");
    }

    private boolean answerDueIsAfterNow(UUID payment) {
        return jdbc.sql("select answer_due > ? from payment where id = ?")
                .params(java.sql.Timestamp.from(clock.instant()), payment).query(Boolean.class).single();
    }
}
