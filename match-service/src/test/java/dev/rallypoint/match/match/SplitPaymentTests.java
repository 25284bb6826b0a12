package dev.rallypoint.match.match;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.common.event.user.RefundCompleted;
import dev.rallypoint.match.MatchServiceTest;
import dev.rallypoint.match.TestClock;
import dev.rallypoint.match.TestCourts;
import dev.rallypoint.match.TestUsers;
import dev.rallypoint.match.TestWallet;
import dev.rallypoint.match.court.CourtHolds;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The split payment of a confirmed match's court (price 10,000 in court-service's stub, 5,000 a player in
 * singles) over the real PostgreSQL and Kafka, with {@link TestWallet} playing the wallet by its rules and
 * court-service's contract stub: every share paid books the court; one insufficient wallet or no answers in
 * time leave everyone as they were; redelivered answers change nothing.
 */
@MatchServiceTest
class SplitPaymentTests {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @LocalServerPort
    int port;

    @Autowired
    Matcher matcher;

    @Autowired
    SplitPayments splits;

    @Autowired
    CourtHolds courts;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    final TestWallet wallet = TestWallet.get();

    @Test
    void everyShareOfAConfirmedMatchIsPaidAndTheCourtIsConfirmed() {
        UUID club = UUID.randomUUID();
        UUID ann = ask(club, "3.0", 6_000);
        UUID bob = ask(club, "3.0", 5_000);
        String match = formed(ann);
        String reservation = reservationOf(match);
        UUID bookedFor = UUID.fromString(jdbc.sql("select booked_for::text from matches where id = ?::uuid").param(match)
                .query(String.class).single());
        Api api = new Api(port);

        api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(ann), null);
        Api.Response confirmed = api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(bob), null);

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asString()).isIn("PAYMENT_PENDING", "PAID");
        eventually(() -> assertThat(status(match)).isEqualTo("PAID"));
        assertThat(api.get("/api/v1/matches/" + match, TestTokens.member(ann)).json().path("status").asString())
                .isEqualTo("PAID");
        assertThat(shares(match)).containsOnly(Map.entry("PAID", 10_000L));
        assertThat(wallet.balance(ann)).isEqualTo(1_000);
        assertThat(wallet.balance(bob)).isZero();
        assertThat(wallet.received(PaymentRequested.class, ann)).singleElement()
                .satisfies(request -> assertThat(request.reference()).isEqualTo("match/" + match));
        TestCourts.SERVER.verify(1, postRequestedFor(urlEqualTo(TestCourts.HOLDS + "/" + reservation + "/split-payment"))
                .withRequestBody(equalToJson("{\"memberId\":\"" + bookedFor + "\"}")));
        assertThat(events("MatchPaid", match)).isOne();
        assertThat(events("MatchConfirmed", match)).isOne();

        processed(wallet.redeliverAnswersTo(ann));
        processed(wallet.redeliverAnswersTo(bob));

        assertThat(status(match)).isEqualTo("PAID");
        assertThat(wallet.balance(ann)).isEqualTo(1_000);
        assertThat(wallet.balance(bob)).isZero();
        assertThat(events("MatchPaid", match)).isOne();
        TestCourts.SERVER.verify(1, postRequestedFor(urlEqualTo(TestCourts.HOLDS + "/" + reservation + "/split-payment")));
    }

    @Test
    void oneInsufficientWalletRefundsThePaidShareAndTheMatchWaitsForThatPlayerToConfirmAgain() {
        UUID club = UUID.randomUUID();
        UUID ann = ask(club, "3.5", 5_000);
        UUID bob = ask(club, "3.5", 4_999);
        String match = formed(ann);
        Api api = new Api(port);

        api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(ann), null);
        api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(bob), null);

        eventually(() -> {
            assertThat(status(match)).isEqualTo("FORMED");
            assertThat(shares(match)).containsOnlyKeys("REFUNDED", "DECLINED");
            assertThat(wallet.balance(ann)).isEqualTo(5_000);
        });
        everyoneWhole(Map.of(ann, 5_000L, bob, 4_999L));
        Api.Response view = api.get("/api/v1/matches/" + match, TestTokens.member(ann));
        assertThat(view.json().path("confirmed").toString()).contains(ann.toString()).doesNotContain(bob.toString());
        assertThat(events("MatchPaymentFailed", match)).isOne();
        TestCourts.SERVER.verify(0, postRequestedFor(urlEqualTo(TestCourts.HOLDS + "/" + reservationOf(match)
                + "/split-payment")));

        processed(wallet.redeliverAnswersTo(ann));
        processed(wallet.redeliverAnswersTo(bob));
        assertThat(status(match)).isEqualTo("FORMED");
        everyoneWhole(Map.of(ann, 5_000L, bob, 4_999L));
        assertThat(events("MatchPaymentFailed", match)).isOne();

        wallet.fund(bob, 1);
        Api.Response again = api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(bob), null);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        eventually(() -> assertThat(status(match)).isEqualTo("PAID"));
        assertThat(wallet.balance(ann)).isZero();
        assertThat(wallet.balance(bob)).isZero();
        assertThat(jdbc.sql("select payment_attempt from matches where id = ?::uuid").param(match).query(Integer.class)
                .single()).isEqualTo(2);
    }

    @Test
    void sharesWithoutAnswerAreGivenUpAtTheDueTimeAndALateDebitIsPaidBack() {
        UUID club = UUID.randomUUID();
        UUID ann = ask(club, "4.5", 5_000);
        UUID bob = ask(club, "4.5", 5_000);
        String match = formed(ann);
        String reservation = reservationOf(match);
        Api api = new Api(port);
        wallet.pause(bob);

        api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(ann), null);
        api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(bob), null);
        eventually(() -> assertThat(shares(match)).containsEntry("PAID", 5_000L).containsEntry("REQUESTED", 5_000L));
        eventually(() -> assertThat(wallet.received(PaymentRequested.class, bob)).hasSize(1));

        splits.settleOverdue();
        assertThat(status(match)).as("not due yet").isEqualTo("PAYMENT_PENDING");
        clock.advance(Duration.ofMinutes(1));
        assertThat(splits.settleOverdue()).isPositive();

        assertThat(status(match)).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("select cancel_reason from matches where id = ?::uuid").param(match).query(String.class)
                .single()).isEqualTo("UNPAID");
        assertThat(requestStatus(ann)).isEqualTo("OPEN");
        assertThat(requestStatus(bob)).isEqualTo("CANCELLED");
        TestCourts.SERVER.verify(1, postRequestedFor(urlEqualTo(TestCourts.HOLDS + "/" + reservation + "/release")));

        wallet.resume(bob);
        eventually(() -> {
            assertThat(wallet.received(PaymentCancelled.class, bob)).hasSize(1);
            assertThat(shares(match)).containsOnlyKeys("REFUNDED");
        });
        everyoneWhole(Map.of(ann, 5_000L, bob, 5_000L));
        TestCourts.SERVER.verify(0, postRequestedFor(urlEqualTo(TestCourts.HOLDS + "/" + reservation + "/split-payment")));
    }

    @Test
    void aHoldCourtServiceNoLongerHasRefundsEveryShare() {
        UUID club = UUID.randomUUID();
        UUID ann = ask(club, "5.0", 5_000);
        UUID bob = ask(club, "5.0", 5_000);
        String match = formed(ann);
        Api api = new Api(port);
        TestCourts.holdsGone();
        try {
            api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(ann), null);
            api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(bob), null);

            eventually(() -> {
                assertThat(status(match)).isEqualTo("CANCELLED");
                assertThat(shares(match)).containsOnlyKeys("REFUNDED");
            });
        }
        finally {
            TestCourts.free();
        }
        assertThat(jdbc.sql("select cancel_reason from matches where id = ?::uuid").param(match).query(String.class)
                .single()).isEqualTo("COURT_LOST");
        assertThat(requestStatus(ann)).isEqualTo("OPEN");
        assertThat(requestStatus(bob)).isEqualTo("OPEN");
        everyoneWhole(Map.of(ann, 5_000L, bob, 5_000L));
    }

    @Test
    void sharesPaidWhileCourtServiceIsDownBookTheCourtOnceItAnswersAgain() {
        UUID club = UUID.randomUUID();
        UUID ann = ask(club, "5.5", 5_000);
        UUID bob = ask(club, "5.5", 5_000);
        String match = formed(ann);
        String splitPayment = TestCourts.HOLDS + "/" + reservationOf(match) + "/split-payment";
        Api api = new Api(port);
        TestCourts.splitPaymentsDown();
        try {
            api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(ann), null);
            api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(bob), null);
            eventually(() -> {
                assertThat(shares(match)).containsOnly(Map.entry("PAID", 10_000L));
                TestCourts.SERVER.verify(moreThanOrExactly(1), postRequestedFor(urlEqualTo(splitPayment)));
            });
            assertThat(status(match)).as("paid, waiting to tell court-service").isEqualTo("PAYMENT_PENDING");
        }
        finally {
            TestCourts.free();
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            clock.advance(Duration.ofSeconds(11));
            splits.settleOverdue();
            assertThat(status(match)).isEqualTo("PAID");
        });

        assertThat(wallet.balance(ann)).isZero();
        assertThat(wallet.balance(bob)).isZero();
        assertThat(events("MatchPaid", match)).isOne();
        assertThat(courts.state()).as("the breaker closed again").isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void answersAboutPaymentsThatAreNoSharesAreSkipped() {
        UUID someone = UUID.randomUUID();
        UUID payment = UUID.randomUUID();

        processed(List.of(
                wallet.sendAnswer(new PaymentSucceeded(UUID.randomUUID(), Instant.now(), payment, someone, 100, 0)),
                wallet.sendAnswer(new PaymentFailed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), someone,
                        PaymentFailed.INSUFFICIENT_POINTS)),
                wallet.sendAnswer(new RefundCompleted(UUID.randomUUID(), Instant.now(), payment, someone, 100, 100))));

        assertThat(jdbc.sql("select count(*) from match_share where player_id = ?").param(someone).query(Long.class)
                .single()).isZero();
    }

    /** Balances back to what was charged, and each ledger adds up to zero: every debit was credited back once. */
    private void everyoneWhole(Map<UUID, Long> charged) {
        charged.forEach((player, points) -> {
            assertThat(wallet.balance(player)).as("balance of %s", player).isEqualTo(points);
            assertThat(wallet.ledger(player).stream().mapToLong(Long::longValue).sum()).as("ledger of %s", player).isZero();
        });
    }

    /** Waits until match-service consumed these answers (and so everything sent before them). */
    private void processed(List<UUID> eventIds) {
        assertThat(eventIds).isNotEmpty();
        eventually(() -> assertThat(jdbc.sql("""
                select count(*) from processed_event where consumer like 'match.split.%' and event_id::text = any(?)""")
                .param(eventIds.stream().map(UUID::toString).toArray(String[]::new)).query(Long.class).single()).isEqualTo(eventIds.size()));
    }

    private UUID ask(UUID club, String level, long points) {
        UUID player = UUID.randomUUID();
        TestUsers.level(player, level);
        wallet.fund(player, points);
        LocalDateTime from = LocalDateTime.ofInstant(clock.instant(), SEOUL).truncatedTo(ChronoUnit.MINUTES).plusDays(1);
        String singles = Api.json("""
                {'gameType':'SINGLES','minLevel':%s,'maxLevel':%s,'zone':'Asia/Seoul',
                 'windows':[{'start':'%s','end':'%s'}],'clubIds':['%s']}""", level, level, from, from.plusHours(2), club);
        Api.Response asked = new Api(port).post("/api/v1/match-requests", TestTokens.member(player), singles);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        return player;
    }

    private String formed(UUID player) {
        matcher.runOnce();
        return jdbc.sql("select match_id::text from match_player where player_id = ? and active").param(player)
                .query(String.class).single();
    }

    private String reservationOf(String match) {
        return jdbc.sql("select reservation_id::text from matches where id = ?::uuid").param(match).query(String.class)
                .single();
    }

    private String status(String match) {
        return jdbc.sql("select status from matches where id = ?::uuid").param(match).query(String.class).single();
    }

    /** The points of the match's shares by status, over every attempt. */
    private Map<String, Long> shares(String match) {
        return jdbc.sql("select status, sum(amount) from match_share where match_id = ?::uuid group by status")
                .param(match).query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String requestStatus(UUID player) {
        return jdbc.sql("select status from match_request where player_id = ?").param(player).query(String.class).single();
    }

    private long events(String type, String match) {
        return jdbc.sql("select count(*) from event_publication where event_type like ? and serialized_event like ?")
                .param("%" + type).param("%" + match + "%").query(Long.class).single();
    }

    private static void eventually(ThrowingRunnable assertion) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(assertion);
    }
}
