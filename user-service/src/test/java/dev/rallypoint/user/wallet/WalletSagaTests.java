package dev.rallypoint.user.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.court.RefundRequested;
import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.common.event.user.RefundCompleted;
import dev.rallypoint.test.TestKafka;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * The wallet's side of the payment saga over a real Kafka broker: court-service's messages in, the
 * wallet's answers out through the outbox, each debit and refund at most once.
 */
@WalletIntegrationTest
class WalletSagaTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WalletPayments payments;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    WalletApi api;

    final UUID payer = UUID.randomUUID();

    @BeforeEach
    void fundThePayer() {
        api = new WalletApi(port, jdbc);
        assertThat(api.charge(TestTokens.member(payer), 1000).statusCode()).isEqualTo(201);
    }

    @Test
    void debitsAPaymentAndAnswersSucceeded() {
        PaymentRequested request = request(400);

        SagaBroker.send(request);

        PaymentSucceeded answer = SagaBroker.awaitAnswer(PaymentSucceeded.class, request.aggregateId());
        assertThat(answer.userId()).isEqualTo(payer);
        assertThat(answer.amount()).isEqualTo(400);
        assertThat(answer.balance()).isEqualTo(600);
        assertThat(api.balance(payer)).isEqualTo(600);
        assertThat(jdbc.sql("SELECT reference FROM ledger_entry WHERE operation_id = ? AND type = 'USE'")
                .param(request.aggregateId()).query(String.class).single()).isEqualTo(request.reference());
        assertBalanceIsTheLedgerSum();
    }

    @Test
    void declinesAPaymentTheBalanceDoesNotCover() {
        PaymentRequested request = request(1001);

        SagaBroker.send(request);

        PaymentFailed answer = SagaBroker.awaitAnswer(PaymentFailed.class, request.aggregateId());
        assertThat(answer.reason()).isEqualTo(PaymentFailed.INSUFFICIENT_POINTS);
        assertThat(api.balance(payer)).isEqualTo(1000);
        assertThat(api.entries(payer, EntryType.USE)).isZero();
    }

    @Test
    void debitsARedeliveredOrRepeatedPaymentOnce() {
        PaymentRequested request = request(300);
        PaymentRequested repeated = new PaymentRequested(UUID.randomUUID(), Instant.now(), request.aggregateId(), payer,
                300, request.reference());

        SagaBroker.send(request);
        SagaBroker.send(request);
        SagaBroker.send(request);
        SagaBroker.send(repeated);

        List<PaymentSucceeded> answers = SagaBroker.awaitAnswers(PaymentSucceeded.class, request.aggregateId(), 2);
        assertThat(answers).extracting(PaymentSucceeded::balance).containsOnly(700L);
        assertThat(api.entries(payer, EntryType.USE)).isEqualTo(1);
        assertThat(api.balance(payer)).isEqualTo(700);
        assertThat(SagaBroker.answersNow(PaymentSucceeded.class, request.aggregateId())).hasSize(2);
        assertBalanceIsTheLedgerSum();
    }

    @Test
    void neverDebitsAPaymentCancelledBeforeItArrives() {
        PaymentRequested request = request(200);
        PaymentCancelled cancellation = cancellation(request);

        SagaBroker.send(cancellation);
        awaitHandled(cancellation.eventId());
        SagaBroker.send(request);

        PaymentFailed answer = SagaBroker.awaitAnswer(PaymentFailed.class, request.aggregateId());
        assertThat(answer.reason()).isEqualTo(PaymentFailed.CANCELLED);
        assertThat(api.entries(payer, EntryType.USE)).isZero();
        assertThat(api.balance(payer)).isEqualTo(1000);
        assertThat(SagaBroker.answersNow(PaymentSucceeded.class, request.aggregateId())).isEmpty();
    }

    @Test
    void paysBackAPaymentCancelledAfterItsDebitOnce() {
        PaymentRequested request = request(250);
        SagaBroker.send(request);
        SagaBroker.awaitAnswer(PaymentSucceeded.class, request.aggregateId());
        PaymentCancelled cancellation = cancellation(request);
        PaymentCancelled again = new PaymentCancelled(UUID.randomUUID(), Instant.now(), request.aggregateId(), payer, "TIMEOUT");

        SagaBroker.send(cancellation);
        SagaBroker.send(cancellation);
        SagaBroker.send(again);

        RefundCompleted refund = SagaBroker.awaitAnswer(RefundCompleted.class, request.aggregateId());
        awaitHandled(again.eventId());
        assertThat(refund.amount()).isEqualTo(250);
        assertThat(refund.balance()).isEqualTo(1000);
        assertThat(api.balance(payer)).isEqualTo(1000);
        assertThat(api.entries(payer, EntryType.USE)).isEqualTo(1);
        assertThat(api.entries(payer, EntryType.REFUND)).isEqualTo(1);
        assertThat(SagaBroker.answersNow(RefundCompleted.class, request.aggregateId())).hasSize(1);

        SagaBroker.send(new PaymentRequested(UUID.randomUUID(), Instant.now(), request.aggregateId(), payer, 250,
                request.reference()));
        assertThat(SagaBroker.awaitAnswer(PaymentFailed.class, request.aggregateId()).reason())
                .isEqualTo(PaymentFailed.CANCELLED);
        assertThat(api.balance(payer)).isEqualTo(1000);
        assertBalanceIsTheLedgerSum();
    }

    @Test
    void creditsARefundOncePerRefundId() {
        UUID refundId = UUID.randomUUID();
        RefundRequested refund = new RefundRequested(UUID.randomUUID(), Instant.now(), refundId, payer, 150,
                "court-reservation/" + UUID.randomUUID(), "CANCELLED_BY_MEMBER");
        RefundRequested repeated = new RefundRequested(UUID.randomUUID(), Instant.now(), refundId, payer, 150,
                refund.reference(), refund.reason());

        SagaBroker.send(refund);
        SagaBroker.send(refund);
        SagaBroker.send(repeated);

        List<RefundCompleted> answers = SagaBroker.awaitAnswers(RefundCompleted.class, refundId, 2);
        assertThat(answers).extracting(RefundCompleted::balance).containsOnly(1150L);
        assertThat(answers).extracting(RefundCompleted::amount).containsOnly(150L);
        assertThat(api.balance(payer)).isEqualTo(1150);
        assertThat(api.entries(payer, EntryType.REFUND)).isEqualTo(1);
        assertThat(SagaBroker.answersNow(RefundCompleted.class, refundId)).as("one answer per distinct request").hasSize(2);
        assertBalanceIsTheLedgerSum();
    }

    @Test
    void paysBackALateDebitOnceWhenItsRefundArrivesBeforeItsCancellation() {
        PaymentRequested request = request(350);
        SagaBroker.send(request);
        SagaBroker.awaitAnswer(PaymentSucceeded.class, request.aggregateId());
        RefundRequested lateRefund = lateRefund(request);
        PaymentCancelled cancellation = cancellation(request);

        SagaBroker.send(lateRefund);
        awaitHandled(lateRefund.eventId());
        SagaBroker.send(cancellation);
        awaitHandled(cancellation.eventId());

        assertThat(api.balance(payer)).isEqualTo(1000);
        assertThat(api.entries(payer, EntryType.REFUND)).isEqualTo(1);
        assertThat(SagaBroker.answersNow(RefundCompleted.class, request.aggregateId())).singleElement()
                .satisfies(answer -> assertThat(answer.balance()).isEqualTo(1000));
        assertThat(jdbc.sql("SELECT status FROM wallet_payment WHERE payment_id = ?").param(request.aggregateId())
                .query(String.class).single()).isEqualTo("REFUNDED");
        assertBalanceIsTheLedgerSum();
    }

    @Test
    void paysBackALateDebitOnceWhenItsCancellationArrivesBeforeItsRefund() {
        PaymentRequested request = request(350);
        SagaBroker.send(request);
        SagaBroker.awaitAnswer(PaymentSucceeded.class, request.aggregateId());
        PaymentCancelled cancellation = cancellation(request);
        RefundRequested lateRefund = lateRefund(request);

        SagaBroker.send(cancellation);
        awaitHandled(cancellation.eventId());
        SagaBroker.send(lateRefund);
        awaitHandled(lateRefund.eventId());

        assertThat(api.balance(payer)).isEqualTo(1000);
        assertThat(api.entries(payer, EntryType.REFUND)).isEqualTo(1);
        assertThat(SagaBroker.awaitAnswers(RefundCompleted.class, request.aggregateId(), 2))
                .as("the refund request is answered too, so court-service can complete it")
                .extracting(RefundCompleted::amount).containsOnly(350L);
        assertBalanceIsTheLedgerSum();
    }

    @Test
    void parksAPoisonPaymentRequestOnTheDeadLetterTopicAndGoesOn() {
        String poisonKey = UUID.randomUUID().toString();
        SagaBroker.sendRaw("court.payment-requested", poisonKey, "{this is not json");
        PaymentRequested next = request(100);
        SagaBroker.send(next);

        List<ConsumerRecord<String, String>> dead = SagaBroker.readUntil("court.payment-requested-dlt",
                record -> record.key().equals(poisonKey));
        assertThat(dead).anySatisfy(record -> assertThat(record.value()).isEqualTo("{this is not json"));
        assertThat(SagaBroker.awaitAnswer(PaymentSucceeded.class, next.aggregateId()).balance()).isEqualTo(900);
    }

    @Test
    void parksAPaymentRequestItCanNeverHonourAndGoesOn() {
        PaymentRequested negative = new PaymentRequested(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), payer, -50,
                "court-reservation/" + UUID.randomUUID());
        SagaBroker.send(negative);
        PaymentRequested next = request(100);
        SagaBroker.send(next);

        SagaBroker.readUntil("court.payment-requested-dlt", record -> record.key().equals(negative.aggregateId().toString()));
        assertThat(SagaBroker.awaitAnswer(PaymentSucceeded.class, next.aggregateId()).balance()).isEqualTo(900);
        assertThat(api.balance(payer)).isEqualTo(900);
    }

    @Test
    void publishesAnswersDecidedWhileKafkaIsDownWhenItReturns() {
        List<PaymentRequested> requests = List.of(request(100), request(200), request(300));
        TestKafka.stop();
        try {
            requests.forEach(payments::pay);
            assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                    .query(Long.class).single()).isGreaterThanOrEqualTo(3);
        }
        finally {
            TestKafka.start();
        }

        for (PaymentRequested request : requests) {
            assertThat(SagaBroker.awaitAnswer(PaymentSucceeded.class, request.aggregateId()).amount())
                    .isEqualTo(request.amount());
        }
        assertThat(api.balance(payer)).isEqualTo(400);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single() == 0);
    }

    @Test
    void settlesARequestAndItsCancellationThatWaitedWhileTheWalletWasDownToNoChange() {
        PaymentRequested request = request(500);
        PaymentCancelled cancellation = cancellation(request);
        listeners.stop();
        try {
            SagaBroker.send(request);
            SagaBroker.send(cancellation);
        }
        finally {
            listeners.start();
        }

        awaitHandled(request.eventId());
        awaitHandled(cancellation.eventId());
        assertThat(api.balance(payer)).isEqualTo(1000);
        assertBalanceIsTheLedgerSum();
        if (api.entries(payer, EntryType.USE) == 1) {
            assertThat(SagaBroker.awaitAnswer(RefundCompleted.class, request.aggregateId()).amount()).isEqualTo(500);
            assertThat(api.entries(payer, EntryType.REFUND)).isEqualTo(1);
        }
        else {
            assertThat(SagaBroker.awaitAnswer(PaymentFailed.class, request.aggregateId()).reason())
                    .isEqualTo(PaymentFailed.CANCELLED);
            assertThat(api.entries(payer, EntryType.REFUND)).isZero();
        }
    }

    private PaymentRequested request(long amount) {
        return new PaymentRequested(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), payer, amount,
                "court-reservation/" + UUID.randomUUID());
    }

    /** court-service refunds a debit it gave up on under the payment's own id. */
    private RefundRequested lateRefund(PaymentRequested request) {
        return new RefundRequested(UUID.randomUUID(), Instant.now(), request.aggregateId(), payer, request.amount(),
                request.reference(), "LATE_PAYMENT");
    }

    private PaymentCancelled cancellation(PaymentRequested request) {
        return new PaymentCancelled(UUID.randomUUID(), Instant.now(), request.aggregateId(), payer, "TIMEOUT");
    }

    private void awaitHandled(UUID eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM processed_event WHERE event_id = ?").param(eventId).query(Long.class).single() == 1);
    }

    private void assertBalanceIsTheLedgerSum() {
        assertThat(api.balance(payer)).isEqualTo(api.ledgerSum(payer));
    }
}
