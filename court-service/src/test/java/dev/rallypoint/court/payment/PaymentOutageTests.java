package dev.rallypoint.court.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.test.TestKafka;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The saga loses nothing while the broker is down, and redelivered answers change nothing. */
class PaymentOutageTests extends HttpTest {

    static final int RESERVATIONS = 100;

    @Autowired
    JdbcClient jdbc;

    final TestWallet wallet = TestWallet.get();

    @Test
    void paymentsRequestedWhileKafkaIsDownAreAllPublishedWhenItReturnsAndRedeliveriesChangeNothing() throws Exception {
        Payments payments = new Payments(port, jdbc);
        Fixtures.TestClub club = Fixtures.club(payments.api(), "UTC");
        List<UUID> courts = new ArrayList<>(List.of(club.courtId()));
        for (int i = 2; i <= 7; i++) {
            courts.add(Fixtures.addCourt(payments.api(), club.managerToken(), club.clubId(), "Court " + i));
        }
        List<UUID> members = new ArrayList<>();
        List<UUID> reservations = new ArrayList<>();
        for (int i = 0; i < RESERVATIONS; i++) {
            UUID member = UUID.randomUUID();
            members.add(member);
            wallet.fund(member, PaymentSagaTests.PRICE);
            reservations.add(payments.hold(TestTokens.member(member), courts.get(i / 16), 2, 6 + i % 16));
        }

        List<Api.Response> answers = new ArrayList<>();
        TestKafka.stop();
        try {
            List<Future<Api.Response>> calls = new ArrayList<>();
            try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
                for (int i = 0; i < RESERVATIONS; i++) {
                    int index = i;
                    calls.add(threads.submit(() -> payments.pay(reservations.get(index),
                            TestTokens.member(members.get(index)), UUID.randomUUID().toString())));
                }
            }
            for (Future<Api.Response> call : calls) {
                answers.add(call.get());
            }
            assertThat(answers).extracting(Api.Response::status).containsOnly(202);
            assertThat(jdbc.sql("""
                    select count(*) from event_publication
                    where completion_date is null and event_type like '%.PaymentRequested'""")
                    .query(Long.class).single()).isGreaterThanOrEqualTo(RESERVATIONS);
        }
        finally {
            TestKafka.start();
        }

        List<UUID> paymentIds = answers.stream().map(answer -> UUID.fromString(answer.json().path("paymentId").asString()))
                .toList();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.sql(
                "select count(*) from reservation where club_id = ? and status = 'CONFIRMED'")
                .param(club.clubId()).query(Long.class).single() == RESERVATIONS);
        for (UUID payment : paymentIds) {
            assertThat(wallet.received(PaymentRequested.class, payment)).as("requests of " + payment).isNotEmpty();
        }
        assertThat(members).allSatisfy(member -> assertThat(wallet.balance(member)).isZero());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);

        List<PaymentSucceeded> delivered = PaymentSagaTests.answersOn("user.payment-succeeded", new HashSet<>(paymentIds));
        assertThat(delivered).hasSizeGreaterThanOrEqualTo(RESERVATIONS);
        long processedBefore = jdbc.sql("select count(*) from processed_event").query(Long.class).single();

        delivered.forEach(wallet::send);

        Thread.sleep(3000);
        assertThat(jdbc.sql("select count(*) from processed_event").query(Long.class).single()).isEqualTo(processedBefore);
        assertThat(jdbc.sql("select count(*) from reservation where club_id = ? and status = 'CONFIRMED'")
                .param(club.clubId()).query(Long.class).single()).isEqualTo(RESERVATIONS);
        for (UUID reservation : reservations) {
            assertThat(payments.published("PaymentCompleted", reservation)).isEqualTo(1);
        }
        for (UUID payment : paymentIds) {
            assertThat(payments.published("RefundRequested", payment)).isZero();
        }
    }
}
