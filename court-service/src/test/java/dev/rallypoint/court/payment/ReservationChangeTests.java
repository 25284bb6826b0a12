package dev.rallypoint.court.payment;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.court.RefundRequested;
import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Changing a confirmed reservation over the real HTTP API settles the price difference with
 * {@link TestWallet}: evenings (18:00-22:00) cost 15000 points, other hours 10000.
 */
class ReservationChangeTests extends HttpTest {

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
        Api.Response prices = payments.api().put("/api/v1/manager/clubs/" + club.clubId() + "/price-rules",
                club.managerToken(), json("{'rules':[{'label':'evening','from':'18:00','until':'22:00','percent':150}]}"));
        assertThat(prices.status()).as(prices.toString()).isEqualTo(200);
    }

    @Test
    void aCheaperChangeRefundsTheDifferenceOnce() {
        wallet.fund(payer, 20000);
        UUID reservation = confirmed(19);

        Api.Response changed = change(reservation, payerToken, 10);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(changed.json().path("price").asLong()).isEqualTo(10000);
        assertThat(changed.json().path("startsAt").asString()).isEqualTo(at(10).toString());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(refundsTo(payer)).singleElement().satisfies(refund -> {
                    assertThat(refund.amount()).isEqualTo(5000);
                    assertThat(refund.reference()).isEqualTo("court-reservation/" + reservation);
                    assertThat(refund.reason()).isEqualTo(PaymentSaga.CHANGED);
                }));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(wallet.balance(payer)).isEqualTo(10000));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from refund where reservation_id = ? and completed_at is not null")
                .param(reservation).query(Long.class).single()).isEqualTo(1));
        assertThat(payments.published("ReservationChanged", reservation)).isEqualTo(1);
        assertThat(wallet.balance(payer)).as("credited once").isEqualTo(10000);
    }

    @Test
    void aChangeAtTheSamePriceMovesNoPoints() throws InterruptedException {
        wallet.fund(payer, 10000);
        UUID reservation = confirmed(10);

        Api.Response changed = change(reservation, payerToken, 11);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("startsAt").asString()).isEqualTo(at(11).toString());
        Thread.sleep(1000);
        assertThat(payments.published("RefundRequested", reservation)).isZero();
        assertThat(payments.published("PaymentRequested", reservation)).isEqualTo(1);
        assertThat(refundsTo(payer)).isEmpty();
        assertThat(wallet.balance(payer)).isZero();
        assertThat(payments.status(reservation)).isEqualTo("CONFIRMED");
    }

    @Test
    void aDearerChangeDebitsTheDifferenceOnceAndStaysConfirmedOnTheNewTime() {
        wallet.fund(payer, 20000);
        UUID reservation = confirmed(10);

        Api.Response changed = change(reservation, payerToken, 19);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(changed.json().path("price").asLong()).isEqualTo(15000);
        UUID difference = payments.paymentOf(reservation);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(payments.paymentStatus(difference)).isEqualTo("SUCCEEDED"));
        assertThat(wallet.received(PaymentRequested.class, difference)).singleElement()
                .satisfies(request -> assertThat(request.amount()).isEqualTo(5000));
        assertThat(wallet.balance(payer)).isEqualTo(5000);
        Api.Response after = payments.reservation(reservation, payerToken);
        assertThat(after.json().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(after.json().path("startsAt").asString()).isEqualTo(at(19).toString());
        assertThat(refundsTo(payer)).isEmpty();
    }

    @Test
    void cancellingAfterADearerChangeRefundsBothPayments() {
        wallet.fund(payer, 15000);
        UUID reservation = confirmed(10);
        assertThat(change(reservation, payerToken, 19).status()).isEqualTo(200);
        UUID difference = payments.paymentOf(reservation);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(payments.paymentStatus(difference)).isEqualTo("SUCCEEDED"));

        Api.Response cancelled = payments.api().post("/api/v1/manager/reservations/" + reservation + "/cancellation",
                club.managerToken(), null);

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(wallet.balance(payer)).isEqualTo(15000));
        assertThat(refundsTo(payer)).extracting(RefundRequested::amount).containsExactlyInAnyOrder(5000L, 10000L);
    }

    @Test
    void aDeclinedDifferenceMovesTheReservationBackToItsFreePreviousTime() {
        wallet.fund(payer, 10000);
        UUID reservation = confirmed(10);

        Api.Response changed = change(reservation, payerToken, 19);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                payments.reservation(reservation, payerToken).json().path("startsAt").asString()).isEqualTo(at(10).toString()));
        Api.Response after = payments.reservation(reservation, payerToken);
        assertThat(after.json().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(after.json().path("price").asLong()).isEqualTo(10000);
        assertThat(after.json().path("paymentFailure").asString()).isEqualTo("CHANGE_" + PaymentFailed.INSUFFICIENT_POINTS);
        assertThat(wallet.balance(payer)).isZero();
        assertThat(refundsTo(payer)).isEmpty();
        assertThat(payments.published("ReservationChanged", reservation)).isEqualTo(2);
        UUID other = UUID.randomUUID();
        assertThat(hold(TestTokens.member(other), 19).status()).as("the evening is free again").isEqualTo(201);
    }

    @Test
    void aDeclinedDifferenceWhosePreviousTimeWasTakenCancelsWithAFullRefund() {
        wallet.fund(payer, 10000);
        UUID reservation = confirmed(10);
        wallet.pause(payer);

        assertThat(change(reservation, payerToken, 19).status()).isEqualTo(200);
        assertThat(hold(TestTokens.member(UUID.randomUUID()), 10).status()).as("the previous time is free").isEqualTo(201);
        wallet.resume(payer);

        payments.awaitStatus(reservation, "CANCELLED");
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(refundsTo(payer)).singleElement()
                        .satisfies(refund -> assertThat(refund.amount()).isEqualTo(10000)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(wallet.balance(payer)).isEqualTo(10000));
        Api.Response cancelled = payments.reservation(reservation, payerToken);
        assertThat(cancelled.json().path("paymentFailure").asString()).isEqualTo("CHANGE_" + PaymentFailed.INSUFFICIENT_POINTS);
        assertThat(cancelled.json().path("cancelledBy").asString()).as("the saga cancelled it").isEqualTo("SYSTEM");
    }

    @Test
    void anUnansweredDifferenceTimesOutMovesTheReservationBackAndALateDebitIsPaidBack() {
        wallet.fund(payer, 15000);
        UUID reservation = confirmed(10);
        wallet.pause(payer);
        assertThat(change(reservation, payerToken, 19).status()).isEqualTo(200);
        UUID difference = payments.paymentOf(reservation);

        Api.Response again = change(reservation, payerToken, 20);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("difference-pending");

        clock.advance(Duration.ofSeconds(31));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                payments.reservation(reservation, payerToken).json().path("startsAt").asString()).isEqualTo(at(10).toString()));
        assertThat(payments.status(reservation)).isEqualTo("CONFIRMED");
        assertThat(payments.paymentStatus(difference)).isEqualTo("CANCELLED");
        assertThat(payments.reservation(reservation, payerToken).json().path("paymentFailure").asString())
                .isEqualTo("CHANGE_" + PaymentSaga.TIMEOUT);
        wallet.resume(payer);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from refund where payment_id = ? and completed_at is not null")
                .param(difference).query(Long.class).single()).isEqualTo(1));
        assertThat(wallet.balance(payer)).as("the wallet's net change for the difference").isEqualTo(5000);
    }

    @Test
    void aChangeToATakenTimeIsAConflictAndMovesNothing() throws InterruptedException {
        wallet.fund(payer, 20000);
        UUID reservation = confirmed(10);
        assertThat(hold(TestTokens.member(UUID.randomUUID()), 19).status()).isEqualTo(201);

        Api.Response changed = change(reservation, payerToken, 19);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(409);
        assertThat(changed.json().path("code").asString()).isEqualTo("slot-taken");
        Api.Response after = payments.reservation(reservation, payerToken);
        assertThat(after.json().path("startsAt").asString()).isEqualTo(at(10).toString());
        assertThat(after.json().path("status").asString()).isEqualTo("CONFIRMED");
        Thread.sleep(500);
        assertThat(payments.published("PaymentRequested", reservation)).isEqualTo(1);
        assertThat(wallet.balance(payer)).isEqualTo(10000);
    }

    @Test
    void anotherMemberCannotChangeTheReservation() {
        wallet.fund(payer, 10000);
        UUID reservation = confirmed(10);

        Api.Response changed = change(reservation, TestTokens.member(UUID.randomUUID()), 19);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(404);
        assertThat(payments.reservation(reservation, payerToken).json().path("startsAt").asString())
                .isEqualTo(at(10).toString());
    }

    @Test
    void theClubsManagerChangesAConfirmedReservation() {
        wallet.fund(payer, 10000);
        UUID reservation = confirmed(10);

        Api.Response changed = payments.api().put("/api/v1/manager/reservations/" + reservation + "/slot",
                club.managerToken(), slot(11));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("startsAt").asString()).isEqualTo(at(11).toString());
    }

    private UUID confirmed(int hour) {
        UUID reservation = payments.hold(payerToken, club.courtId(), 1, hour);
        assertThat(payments.pay(reservation, payerToken, UUID.randomUUID().toString()).status()).isEqualTo(202);
        payments.awaitStatus(reservation, "CONFIRMED");
        return reservation;
    }

    private Api.Response change(UUID reservation, String token, int hour) {
        return payments.api().put("/api/v1/reservations/" + reservation + "/slot", token, slot(hour));
    }

    private Api.Response hold(String token, int hour) {
        return payments.api().post("/api/v1/reservations", token, slot(hour));
    }

    private String slot(int hour) {
        return json("{'courtId':'%s','startsAt':'%s','endsAt':'%s'}", club.courtId(), at(hour), at(hour).plusSeconds(3600));
    }

    private static Instant at(int hour) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    private List<RefundRequested> refundsTo(UUID member) {
        return wallet.received(RefundRequested.class).stream().filter(refund -> refund.userId().equals(member)).toList();
    }
}
