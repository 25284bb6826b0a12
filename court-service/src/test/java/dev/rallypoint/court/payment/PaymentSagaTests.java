package dev.rallypoint.court.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.court.RefundRequested;
import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.test.TestKafka;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The payment saga end to end: the real service over HTTP, PostgreSQL, Redis and a Kafka broker, with
 * {@link TestWallet} answering as user-service's wallet does.
 */
class PaymentSagaTests extends HttpTest {

    static final long PRICE = 10000;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    final TestWallet wallet = TestWallet.get();

    final UUID payer = UUID.randomUUID();

    final String payerToken = TestTokens.member(payer);

    Payments payments;

    Fixtures.TestClub club;

    @BeforeEach
    void club() {
        payments = new Payments(port, jdbc);
        club = Fixtures.club(payments.api(), "UTC");
    }

    @Test
    void aPaidHoldIsConfirmedAndThePurchaseCompleted() {
        wallet.fund(payer, 25000);
        UUID reservation = payments.hold(payerToken, club.courtId(), 1, 10);

        Api.Response paid = payments.pay(reservation, payerToken, UUID.randomUUID().toString());

        assertThat(paid.status()).as(paid.toString()).isEqualTo(202);
        assertThat(paid.json().path("status").asString()).isEqualTo("PAYMENT_PENDING");
        assertThat(paid.json().path("amount").asLong()).isEqualTo(PRICE);
        payments.awaitStatus(reservation, "CONFIRMED");
        UUID payment = UUID.fromString(paid.json().path("paymentId").asString());
        assertThat(payments.paymentStatus(payment)).isEqualTo("SUCCEEDED");
        assertThat(payments.published("PaymentRequested", payment)).isEqualTo(1);
        assertThat(payments.published("ReservationConfirmed", reservation)).isEqualTo(1);
        assertThat(payments.published("PaymentCompleted", reservation)).isEqualTo(1);
        assertThat(wallet.balance(payer)).isEqualTo(15000);
        assertThat(wallet.received(PaymentRequested.class, payment)).singleElement()
                .satisfies(request -> {
                    assertThat(request.amount()).isEqualTo(PRICE);
                    assertThat(request.userId()).isEqualTo(payer);
                    assertThat(request.reference()).isEqualTo("court-reservation/" + reservation);
                });
        assertThat(payments.reservation(reservation, payerToken).json().path("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void aDeclinedPaymentHandsTheHoldBackWithItsTimeLeftAndItCanBePaidAgain() {
        wallet.fund(payer, 5000);
        UUID reservation = payments.hold(payerToken, club.courtId(), 1, 11);

        Api.Response paid = payments.pay(reservation, payerToken, UUID.randomUUID().toString());
        payments.awaitStatus(reservation, "HELD");

        Api.Response held = payments.reservation(reservation, payerToken);
        assertThat(held.json().path("paymentFailure").asString()).isEqualTo(PaymentFailed.INSUFFICIENT_POINTS);
        assertThat(payments.paymentStatus(UUID.fromString(paid.json().path("paymentId").asString()))).isEqualTo("FAILED");
        assertThat(wallet.balance(payer)).isEqualTo(5000);

        wallet.fund(payer, 5000);
        Api.Response again = payments.pay(reservation, payerToken, UUID.randomUUID().toString());
        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        payments.awaitStatus(reservation, "CONFIRMED");
        assertThat(wallet.balance(payer)).isZero();
    }

    @Test
    void aPaymentWithoutAnswerTimesOutIsCancelledAndItsLateDebitPaidBack() {
        wallet.fund(payer, 10000);
        wallet.pause(payer);
        UUID reservation = payments.hold(payerToken, club.courtId(), 1, 12);
        UUID payment = UUID.fromString(payments.pay(reservation, payerToken, UUID.randomUUID().toString())
                .json().path("paymentId").asString());
        awaitRequestAtTheWallet(payment);

        clock.advance(Duration.ofSeconds(31));

        payments.awaitStatus(reservation, "HELD");
        assertThat(payments.reservation(reservation, payerToken).json().path("paymentFailure").asString())
                .isEqualTo(PaymentSaga.TIMEOUT);
        assertThat(payments.paymentStatus(payment)).isEqualTo("CANCELLED");
        assertThat(payments.published("PaymentCancelled", payment)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from reservation where status = 'PAYMENT_PENDING' and id = ?")
                .param(reservation).query(Long.class).single()).isZero();

        wallet.resume(payer);

        awaitRefundCompleted(payment);
        assertThat(wallet.received(PaymentCancelled.class, payment)).hasSize(1);
        assertThat(wallet.balance(payer)).as("the wallet's net change").isEqualTo(10000);
        assertThat(payments.status(reservation)).isEqualTo("HELD");
    }

    @Test
    void aPaymentLandingAfterTheHoldExpiredIsRefunded() {
        wallet.fund(payer, 12000);
        wallet.pause(payer);
        UUID reservation = payments.hold(payerToken, club.courtId(), 1, 13);
        UUID payment = UUID.fromString(payments.pay(reservation, payerToken, UUID.randomUUID().toString())
                .json().path("paymentId").asString());
        awaitRequestAtTheWallet(payment);

        clock.advance(Duration.ofMinutes(6));

        payments.awaitStatus(reservation, "EXPIRED");
        assertThat(payments.reservation(reservation, payerToken).json().path("paymentFailure").asString())
                .isEqualTo(PaymentSaga.TIMEOUT);
        assertThat(payments.published("ReservationExpired", reservation)).isEqualTo(1);

        wallet.handleWaitingRequests(payer);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> payments.published("RefundRequested", payment) == 1);
        wallet.resume(payer);
        RefundRequested refund = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> wallet.received(RefundRequested.class, payment), list -> !list.isEmpty()).getFirst();
        assertThat(refund.amount()).isEqualTo(PRICE);
        assertThat(refund.reference()).isEqualTo("court-reservation/" + reservation);
        assertThat(wallet.balance(payer)).as("the wallet's net change").isEqualTo(12000);
        assertThat(payments.status(reservation)).isEqualTo("EXPIRED");
        awaitRefundCompleted(payment);
    }

    @Test
    void theSameKeyTenTimesRequestsOnePayment() {
        wallet.fund(payer, 10000);
        UUID reservation = payments.hold(payerToken, club.courtId(), 1, 14);
        String key = UUID.randomUUID().toString();

        List<Api.Response> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(payments.pay(reservation, payerToken, key));
        }

        assertThat(answers).extracting(Api.Response::status).containsOnly(202);
        assertThat(answers).extracting(Api.Response::body).containsOnly(answers.getFirst().body());
        assertThat(answers.subList(1, 10)).allSatisfy(answer ->
                assertThat(answer.headers().firstValue("Idempotent-Replayed")).contains("true"));
        payments.awaitStatus(reservation, "CONFIRMED");
        assertThat(jdbc.sql("select count(*) from payment where reservation_id = ?").param(reservation)
                .query(Long.class).single()).isEqualTo(1);
        UUID payment = payments.paymentOf(reservation);
        assertThat(payments.published("PaymentRequested", payment)).isEqualTo(1);
        assertThat(wallet.received(PaymentRequested.class, payment)).hasSize(1);
        assertThat(wallet.balance(payer)).isZero();

        Api.Response otherKey = payments.pay(reservation, payerToken, UUID.randomUUID().toString());
        assertThat(otherKey.status()).as(otherKey.toString()).isEqualTo(409);
        assertThat(otherKey.code()).isEqualTo("reservation-state");
    }

    @Test
    void racingPaymentsOfOneHoldRequestOnePayment() throws Exception {
        wallet.fund(payer, 10000);
        UUID reservation = payments.hold(payerToken, club.courtId(), 1, 18);
        String sharedKey = UUID.randomUUID().toString();

        List<Api.Response> answers = race(20, i -> payments.pay(reservation, payerToken,
                i % 2 == 0 ? sharedKey : UUID.randomUUID().toString()));

        assertThat(answers).extracting(Api.Response::status).containsOnly(202, 409);
        assertThat(answers).filteredOn(answer -> answer.status() == 202)
                .extracting(answer -> answer.json().path("paymentId").asString()).containsOnly(
                        payments.paymentOf(reservation).toString());
        assertThat(jdbc.sql("select count(*) from payment where reservation_id = ?").param(reservation)
                .query(Long.class).single()).isEqualTo(1);
        payments.awaitStatus(reservation, "CONFIRMED");
        assertThat(wallet.balance(payer)).isZero();
    }

    static List<Api.Response> race(int requests, java.util.function.IntFunction<Api.Response> request) throws Exception {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Api.Response>> calls = new ArrayList<>();
        try (java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < requests; i++) {
                int index = i;
                calls.add(threads.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
        }
        List<Api.Response> responses = new ArrayList<>();
        for (java.util.concurrent.Future<Api.Response> call : calls) {
            responses.add(call.get());
        }
        return responses;
    }

    @Test
    void onlyTheOwnerPaysWithAKeyForAHoldThatStillRuns() {
        UUID reservation = payments.hold(payerToken, club.courtId(), 1, 15);

        Api.Response noKey = payments.pay(reservation, payerToken, null);
        Api.Response stranger = payments.pay(reservation, TestTokens.member(UUID.randomUUID()), UUID.randomUUID().toString());
        Api.Response manager = payments.pay(reservation, club.managerToken(), UUID.randomUUID().toString());
        Api.Response unknown = payments.pay(UUID.randomUUID(), payerToken, UUID.randomUUID().toString());

        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.code()).isEqualTo("idempotency-key-missing");
        assertThat(List.of(stranger, manager, unknown)).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.code()).isEqualTo("reservation-not-found");
        });
        assertThat(payments.status(reservation)).isEqualTo("HELD");

        clock.advance(Duration.ofMinutes(5));
        Api.Response late = payments.pay(reservation, payerToken, UUID.randomUUID().toString());
        assertThat(late.status()).as(late.toString()).isIn(409);
        assertThat(late.code()).isIn("hold-expired", "reservation-state");
        assertThat(jdbc.sql("select count(*) from payment where reservation_id = ?").param(reservation)
                .query(Long.class).single()).isZero();
    }

    @Test
    void cancellingAPaidReservationRefundsItUnderThePolicy() {
        wallet.fund(payer, 20000);
        UUID byMember = payments.hold(payerToken, club.courtId(), 3, 10);
        UUID byManager = payments.hold(payerToken, club.courtId(), 3, 12);
        payments.pay(byMember, payerToken, UUID.randomUUID().toString());
        payments.pay(byManager, payerToken, UUID.randomUUID().toString());
        payments.awaitStatus(byMember, "CONFIRMED");
        payments.awaitStatus(byManager, "CONFIRMED");
        assertThat(wallet.balance(payer)).isZero();

        Api.Response memberCancel = payments.api().post("/api/v1/reservations/" + byMember + "/cancellation", payerToken, null);
        Api.Response managerCancel = payments.api().post("/api/v1/manager/reservations/" + byManager + "/cancellation",
                club.managerToken(), null);

        assertThat(memberCancel.status()).as(memberCancel.toString()).isEqualTo(200);
        assertThat(managerCancel.status()).as(managerCancel.toString()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> wallet.balance(payer) == 20000);
        List<RefundRequested> refunds = wallet.received(RefundRequested.class).stream()
                .filter(refund -> refund.userId().equals(payer)).toList();
        assertThat(refunds).extracting(RefundRequested::reason)
                .containsExactlyInAnyOrder("CANCELLED_BY_MEMBER", "CANCELLED_BY_MANAGER");
        assertThat(refunds).extracting(RefundRequested::amount).containsOnly(PRICE);
    }

    @Test
    void cancellingAReservationWhosePaymentIsPendingCancelsThePayment() {
        wallet.fund(payer, 10000);
        wallet.pause(payer);
        UUID reservation = payments.hold(payerToken, club.courtId(), 2, 16);
        UUID payment = UUID.fromString(payments.pay(reservation, payerToken, UUID.randomUUID().toString())
                .json().path("paymentId").asString());
        awaitRequestAtTheWallet(payment);

        Api.Response cancelled = payments.api().post("/api/v1/reservations/" + reservation + "/cancellation", payerToken, null);

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(payments.paymentStatus(payment)).isEqualTo("CANCELLED");
        assertThat(payments.published("PaymentCancelled", payment)).isEqualTo(1);
        wallet.resume(payer);
        awaitRefundCompleted(payment);
        assertThat(wallet.balance(payer)).as("the wallet's net change").isEqualTo(10000);
        assertThat(payments.status(reservation)).isEqualTo("CANCELLED");
    }

    @Test
    void cancellationsRacingTheWalletsAnswersLeaveEveryWalletUnchanged() throws Exception {
        int count = 10;
        List<UUID> members = new ArrayList<>();
        List<UUID> reservations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID member = UUID.randomUUID();
            members.add(member);
            wallet.fund(member, PRICE);
            wallet.pause(member);
            UUID reservation = payments.hold(TestTokens.member(member), club.courtId(), 4, 6 + i);
            reservations.add(reservation);
            UUID payment = UUID.fromString(payments.pay(reservation, TestTokens.member(member), UUID.randomUUID().toString())
                    .json().path("paymentId").asString());
            awaitRequestAtTheWallet(payment);
        }

        List<Api.Response> cancellations = race(2 * count, i -> {
            if (i % 2 == 1) {
                wallet.resume(members.get(i / 2));
                return null;
            }
            return payments.api().post("/api/v1/reservations/" + reservations.get(i / 2) + "/cancellation",
                    TestTokens.member(members.get(i / 2)), null);
        });

        assertThat(cancellations.stream().filter(java.util.Objects::nonNull)).extracting(Api.Response::status)
                .containsOnly(200);
        for (int i = 0; i < count; i++) {
            UUID member = members.get(i);
            assertThat(payments.status(reservations.get(i))).isEqualTo("CANCELLED");
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(wallet.balance(member)).as("the wallet's net change").isEqualTo(PRICE));
        }
        assertThat(jdbc.sql("select count(*) from payment where status = 'REQUESTED' and reservation_id in ("
                + String.join(",", reservations.stream().map(id -> "'" + id + "'").toList()) + ")")
                .query(Long.class).single()).isZero();
    }

    @Test
    void redeliveredAnswersChangeNothing() {
        wallet.fund(payer, 10000);
        UUID reservation = payments.hold(payerToken, club.courtId(), 1, 16);
        payments.pay(reservation, payerToken, UUID.randomUUID().toString());
        payments.awaitStatus(reservation, "CONFIRMED");
        UUID payment = payments.paymentOf(reservation);
        PaymentSucceeded answer = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> answersOn("user.payment-succeeded", payment), list -> !list.isEmpty()).getFirst();
        PaymentSucceeded answer2 = new PaymentSucceeded(UUID.randomUUID(), Instant.now(), payment, payer, PRICE, 0);
        PaymentFailed contradiction = new PaymentFailed(UUID.randomUUID(), Instant.now(), payment, payer,
                PaymentFailed.INSUFFICIENT_POINTS);

        wallet.send(answer);
        wallet.send(answer);
        wallet.send(answer2);
        wallet.send(contradiction);

        awaitProcessed(answer2.eventId());
        awaitProcessed(contradiction.eventId());
        assertThat(payments.status(reservation)).isEqualTo("CONFIRMED");
        assertThat(payments.paymentStatus(payment)).isEqualTo("SUCCEEDED");
        assertThat(payments.published("PaymentCompleted", reservation)).isEqualTo(1);
        assertThat(payments.published("ReservationConfirmed", reservation)).isEqualTo(1);
        assertThat(payments.published("RefundRequested", payment)).isZero();
    }

    @Test
    void aPoisonAnswerIsDeadLetteredAndTheNextAnswersAreProcessed() {
        wallet.fund(payer, 10000);
        wallet.pause(payer);
        UUID reservation = payments.hold(payerToken, club.courtId(), 1, 17);
        UUID payment = UUID.fromString(payments.pay(reservation, payerToken, UUID.randomUUID().toString())
                .json().path("paymentId").asString());
        String poisonKey = UUID.randomUUID().toString();

        wallet.sendRaw("user.payment-succeeded", poisonKey, "{this is not json");
        wallet.send(new PaymentSucceeded(UUID.randomUUID(), Instant.now(), payment, payer, PRICE, 0));

        payments.awaitStatus(reservation, "CONFIRMED");
        List<ConsumerRecord<String, String>> dead = readUntil("user.payment-succeeded-dlt", poisonKey);
        assertThat(dead).anySatisfy(record -> assertThat(record.value()).isEqualTo("{this is not json"));
        wallet.resume(payer);
    }

    /** The late debit of a given-up payment was paid back, whichever of the wallet's answers came first. */
    private void awaitRefundCompleted(UUID payment) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from refund where id = ? and payment_id = ? and completed_at is not null")
                .params(payment, payment).query(Long.class).single() == 1);
    }

    /** The request reached the (unreachable) wallet, which will handle it when it is back. */
    private void awaitRequestAtTheWallet(UUID payment) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !wallet.received(PaymentRequested.class, payment).isEmpty());
    }

    /** The saga handled (or knowingly skipped) the answer; other consumers of the topic mark it on their own. */
    private void awaitProcessed(UUID eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from processed_event where event_id = ? and consumer like 'court.payments.%'")
                .param(eventId).query(Long.class).single() == 1);
    }

    static List<PaymentSucceeded> answersOn(String topic, UUID payment) {
        return answersOn(topic, java.util.Set.of(payment));
    }

    /** The answers about these payments on the topic now (read until it stays quiet for 3 s). */
    static List<PaymentSucceeded> answersOn(String topic, java.util.Set<UUID> paymentIds) {
        java.util.Set<String> keys = paymentIds.stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet());
        List<PaymentSucceeded> answers = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            Instant quiet = Instant.now().plusSeconds(3);
            while (Instant.now().isBefore(quiet)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    quiet = Instant.now().plusSeconds(3);
                    if (keys.contains(record.key())) {
                        answers.add(tools.jackson.databind.json.JsonMapper.builder().build()
                                .readValue(record.value(), PaymentSucceeded.class));
                    }
                }
            }
        }
        return answers;
    }

    static List<ConsumerRecord<String, String>> readUntil(String topic, String key) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    records.add(record);
                    if (key.equals(record.key())) {
                        return records;
                    }
                }
            }
        }
        throw new AssertionError("No record keyed " + key + " on " + topic + " within 60 s");
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "payment-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
    }
}
