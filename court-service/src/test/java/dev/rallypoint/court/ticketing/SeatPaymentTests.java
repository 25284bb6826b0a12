package dev.rallypoint.court.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentCompleted;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.court.RefundRequested;
import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seat payment through the wallet saga, with this test playing the wallet on a real Kafka broker. */
class SeatPaymentTests extends HttpTest {

    @Autowired
    TestClock clock;

    @Autowired
    SeatExpiry expiry;

    @Autowired
    JdbcClient jdbc;

    final UUID alice = UUID.randomUUID();

    final String aliceToken = TestTokens.member(alice);

    @Test
    void aPaidSeatIsReservedAndEndsTheAdmissionToItsGate() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "Asia/Seoul"), 10, 25_000, 5);
        String reservationId = hold(api, event, 7);

        Api.Response paying = api().postIdempotent(event.payment(reservationId), aliceToken, UUID.randomUUID().toString());

        assertThat(paying.status()).as(paying.toString()).isEqualTo(202);
        assertThat(paying.json().path("status").asString()).isEqualTo("PAYMENT_PENDING");
        UUID paymentId = UUID.fromString(paying.json().path("paymentId").asString());
        PaymentRequested request = Wallet.awaitEvent(PaymentRequested.class, paymentId);
        assertThat(request.userId()).isEqualTo(alice);
        assertThat(request.amount()).isEqualTo(25_000);
        assertThat(request.reference()).isEqualTo("seat-reservation/" + reservationId);
        assertThat(seat(api, event, 7)).isEqualTo("HELD");

        PaymentSucceeded answer = new PaymentSucceeded(UUID.randomUUID(), Instant.now(), paymentId, alice, 25_000, 75_000);
        Wallet.answer(answer);

        awaitStatus(api, event, reservationId, "RESERVED");
        assertThat(seat(api, event, 7)).isEqualTo("RESERVED");
        assertThat(jdbc.sql("select consumer from processed_event where event_id = ?").param(answer.eventId())
                .query(String.class).list()).as("one payment flow: the answer is processed once, for the seat too")
                .containsExactly("court.payments.payment-succeeded");
        PaymentCompleted completed = Wallet.awaitEvent(PaymentCompleted.class, UUID.fromString(reservationId));
        assertThat(completed.userId()).isEqualTo(alice);
        assertThat(completed.gate()).isEqualTo("event-date-" + event.dateId());
        assertThat(completed.amount()).isEqualTo(25_000);
        assertThat(api.post(event.hold(7), TestTokens.member(UUID.randomUUID()), null).status()).isEqualTo(409);
    }

    @Test
    void aFreeSeatIsReservedAtOnceWithoutTheWallet() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "Asia/Seoul"), 10, 0, 5);
        String reservationId = hold(api, event, 2);

        Api.Response taken = api().postIdempotent(event.payment(reservationId), aliceToken, UUID.randomUUID().toString());

        assertThat(taken.status()).as(taken.toString()).isEqualTo(202);
        assertThat(taken.json().path("status").asString()).isEqualTo("RESERVED");
        assertThat(taken.json().path("paymentId").isNull()).isTrue();
        assertThat(seat(api, event, 2)).isEqualTo("RESERVED");
        PaymentCompleted completed = Wallet.awaitEvent(PaymentCompleted.class, UUID.fromString(reservationId));
        assertThat(completed.amount()).isZero();
        assertThat(completed.gate()).isEqualTo("event-date-" + event.dateId());
    }

    @Test
    void aRefusedPaymentLeavesTheSeatHeldWithTheReasonAndItCanBePaidAgain() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "Asia/Seoul"), 10, 25_000, 5);
        String reservationId = hold(api, event, 3);
        Api.Response paying = api().postIdempotent(event.payment(reservationId), aliceToken, UUID.randomUUID().toString());
        UUID paymentId = UUID.fromString(paying.json().path("paymentId").asString());
        Wallet.awaitEvent(PaymentRequested.class, paymentId);

        Wallet.answer(new PaymentFailed(UUID.randomUUID(), Instant.now(), paymentId, alice, PaymentFailed.INSUFFICIENT_POINTS));

        awaitStatus(api, event, reservationId, "HELD");
        Api.Response failed = api.get(event.reservation(reservationId), aliceToken);
        assertThat(failed.json().path("failureReason").asString()).isEqualTo("INSUFFICIENT_POINTS");
        assertThat(seat(api, event, 3)).isEqualTo("HELD");
        assertThat(api.post(event.hold(3), TestTokens.member(UUID.randomUUID()), null).status()).isEqualTo(409);
        Api.Response again = api().postIdempotent(event.payment(reservationId), aliceToken, UUID.randomUUID().toString());
        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        assertThat(again.json().path("paymentId").asString()).isNotEqualTo(paymentId.toString());
    }

    @Test
    void cancellingAPaidSeatRefundsItAndTheSeatWaitsForTheReopening() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "Asia/Seoul"), 10, 25_000, 5);
        String reservationId = hold(api, event, 9);
        Api.Response paying = api().postIdempotent(event.payment(reservationId), aliceToken, UUID.randomUUID().toString());
        UUID paymentId = UUID.fromString(paying.json().path("paymentId").asString());
        Wallet.awaitEvent(PaymentRequested.class, paymentId);
        Wallet.answer(new PaymentSucceeded(UUID.randomUUID(), Instant.now(), paymentId, alice, 25_000, 0));
        awaitStatus(api, event, reservationId, "RESERVED");

        Api.Response cancelled = api.delete(event.reservation(reservationId), aliceToken);

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELED");
        assertThat(seat(api, event, 9)).isEqualTo("CANCELED");
        Api.Response taken = api.post(event.hold(9), TestTokens.member(UUID.randomUUID()), null);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("seat-taken");
        RefundRequested refund = Wallet.awaitRefund(alice);
        assertThat(refund.amount()).isEqualTo(25_000);
        assertThat(refund.reference()).isEqualTo("seat-reservation/" + reservationId);
    }

    @Test
    void aPaymentTheWalletDoesNotAnswerIsCalledOffAndTheSeatIsHeldAgain() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "Asia/Seoul"), 10, 25_000, 5);
        String reservationId = hold(api, event, 5);
        Api.Response paying = api().postIdempotent(event.payment(reservationId), aliceToken, UUID.randomUUID().toString());
        UUID paymentId = UUID.fromString(paying.json().path("paymentId").asString());

        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        expiry.sweep();

        PaymentCancelled cancelled = Wallet.awaitEvent(PaymentCancelled.class, paymentId);
        assertThat(cancelled.userId()).isEqualTo(alice);
        Api.Response after = api.get(event.reservation(reservationId), aliceToken);
        assertThat(after.json().path("status").asString()).isEqualTo("HELD");
        assertThat(after.json().path("failureReason").asString()).isEqualTo("NO_PAYMENT_ANSWER");
        assertThat(seat(api, event, 5)).isEqualTo("HELD");
    }

    @Test
    void aPaymentIsStartedOncePerIdempotencyKeyAndNeedsOne() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "Asia/Seoul"), 10, 25_000, 5);
        String reservationId = hold(api, event, 1);
        String key = UUID.randomUUID().toString();

        Api.Response withoutKey = api().postIdempotent(event.payment(reservationId), aliceToken, null);
        Api.Response first = api().postIdempotent(event.payment(reservationId), aliceToken, key);
        Api.Response replayed = api().postIdempotent(event.payment(reservationId), aliceToken, key);

        assertThat(withoutKey.status()).isEqualTo(400);
        assertThat(withoutKey.isProblem()).isTrue();
        assertThat(first.status()).isEqualTo(202);
        assertThat(replayed.status()).isEqualTo(202);
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(replayed.json().path("paymentId").asString()).isEqualTo(first.json().path("paymentId").asString());
        Api.Response otherKey = api().postIdempotent(event.payment(reservationId), aliceToken, UUID.randomUUID().toString());
        assertThat(otherKey.status()).isEqualTo(409);
        assertThat(otherKey.code()).isEqualTo("seat-reservation-state");
    }

    private String hold(Api api, Events.TestEvent event, int seat) {
        Api.Response held = api.post(event.hold(seat), aliceToken, null);
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        return held.json().path("id").asString();
    }

    private void awaitStatus(Api api, Events.TestEvent event, String reservationId, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                api.get(event.reservation(reservationId), aliceToken).json().path("status").asString()).isEqualTo(status));
    }

    static String seat(Api api, Events.TestEvent event, int number) {
        return api.get(event.seats(), null).json().get(number - 1).path("status").asString();
    }
}
