package dev.rallypoint.user.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.market.TradeCancelled;
import dev.rallypoint.common.event.market.TradeCompleted;
import dev.rallypoint.common.event.market.TradeRequested;
import dev.rallypoint.common.event.user.EscrowHeld;
import dev.rallypoint.common.event.user.EscrowHoldFailed;
import dev.rallypoint.test.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The wallet's side of market trades: the price is held from the buyer once, then paid to the seller or
 * given back to the buyer once, whatever order and how often the trade's facts arrive; points are conserved
 * (the sum of the balances plus the points held in escrow never changes by a trade).
 */
@WalletIntegrationTest
class WalletEscrowTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WalletEscrows escrows;

    WalletApi api;

    final UUID buyer = UUID.randomUUID();

    final UUID seller = UUID.randomUUID();

    @BeforeEach
    void chargeTheBuyer() {
        api = new WalletApi(port, jdbc);
        assertThat(api.charge(TestTokens.member(buyer), 10_000).statusCode()).isEqualTo(201);
    }

    @Test
    void holdsTheBuyersPointsThenPaysTheSellerOnce() {
        TradeRequested request = trade(3_000);

        escrows.hold(request);
        assertThat(balance(buyer)).isEqualTo(7_000);
        assertThat(pointsOfTheParties()).isEqualTo(10_000);
        escrows.hold(request);
        assertThat(balance(buyer)).isEqualTo(7_000);

        TradeCompleted completion = new TradeCompleted(UUID.randomUUID(), Instant.now(), request.aggregateId(),
                request.listingId(), buyer, seller, 3_000, "racket", "CONFIRMED");
        escrows.complete(completion);
        escrows.complete(completion);
        escrows.cancel(cancellation(request));

        assertThat(balance(buyer)).isEqualTo(7_000);
        assertThat(balance(seller)).isEqualTo(3_000);
        assertThat(status(request)).isEqualTo("RELEASED_TO_SELLER");
        assertThat(pointsOfTheParties()).isEqualTo(10_000);
        assertThat(entries(request, "RELEASE")).isEqualTo(1);
    }

    @Test
    void givesAHeldEscrowBackToTheBuyerOnce() {
        TradeRequested request = trade(4_000);
        escrows.hold(request);

        escrows.cancel(cancellation(request));
        escrows.cancel(cancellation(request));
        escrows.hold(request);

        assertThat(balance(buyer)).isEqualTo(10_000);
        assertThat(balance(seller)).isZero();
        assertThat(status(request)).isEqualTo("RELEASED_TO_BUYER");
        assertThat(entries(request, "HOLD")).isEqualTo(1);
        assertThat(pointsOfTheParties()).isEqualTo(10_000);
    }

    @Test
    void neverHoldsForATradeCancelledBeforeItsHoldWasAskedFor() {
        TradeRequested request = trade(4_000);

        escrows.cancel(cancellation(request));
        escrows.hold(request);

        assertThat(balance(buyer)).isEqualTo(10_000);
        assertThat(status(request)).isEqualTo("CANCELLED");
        assertThat(entries(request, "HOLD")).isZero();
    }

    @Test
    void declinesAHoldTheBalanceDoesNotCover() {
        TradeRequested request = trade(10_001);

        escrows.hold(request);

        assertThat(balance(buyer)).isEqualTo(10_000);
        assertThat(status(request)).isEqualTo("DECLINED");
    }

    @Test
    void answersOverKafkaOnceEvenWhenTheRequestIsRedelivered() {
        TradeRequested request = trade(2_500);
        SagaBroker.send(request);
        SagaBroker.send(request);
        SagaBroker.send(new TradeRequested(UUID.randomUUID(), Instant.now(), request.aggregateId(), request.listingId(),
                buyer, seller, 2_500, "racket"));

        List<EscrowHeld> answers = SagaBroker.awaitAnswers(EscrowHeld.class, request.aggregateId(), 2);
        assertThat(answers).extracting(EscrowHeld::amount).containsOnly(2_500L);
        assertThat(balance(buyer)).isEqualTo(7_500);
        assertThat(entries(request, "HOLD")).isEqualTo(1);

        TradeRequested tooMuch = trade(50_000);
        SagaBroker.send(tooMuch);
        assertThat(SagaBroker.awaitAnswer(EscrowHoldFailed.class, tooMuch.aggregateId()).reason())
                .isEqualTo(EscrowHoldFailed.INSUFFICIENT_POINTS);
    }

    @Test
    void parksACompletionWithoutEscrowOnTheDeadLetterTopic() {
        TradeCompleted orphan = new TradeCompleted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), UUID.randomUUID(),
                buyer, seller, 100, "racket", "CONFIRMED");
        SagaBroker.send(orphan);

        List<ConsumerRecord<String, String>> dead = SagaBroker.readUntil("market.trade-completed-dlt",
                record -> record.key().equals(orphan.aggregateId().toString()));
        assertThat(dead).isNotEmpty();
        assertThat(balance(seller)).isZero();
    }

    private TradeRequested trade(long price) {
        return new TradeRequested(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), UUID.randomUUID(), buyer, seller,
                price, "racket");
    }

    private TradeCancelled cancellation(TradeRequested request) {
        return new TradeCancelled(UUID.randomUUID(), Instant.now(), request.aggregateId(), request.listingId(), buyer, seller,
                request.amount(), "racket", TradeCancelled.BUYER_CANCELLED);
    }

    private long balance(UUID user) {
        return jdbc.sql("select coalesce(max(balance), 0) from wallet where user_id = ?").param(user).query(Long.class).single();
    }

    private String status(TradeRequested request) {
        return jdbc.sql("select status from wallet_escrow where trade_id = ?").param(request.aggregateId())
                .query(String.class).single();
    }

    private long entries(TradeRequested request, String type) {
        return jdbc.sql("select count(*) from ledger_entry where operation_id = ? and type = ?")
                .params(request.aggregateId(), type).query(Long.class).single();
    }

    /** The parties' balances plus what escrow holds of theirs: what a trade must never change. */
    private long pointsOfTheParties() {
        return jdbc.sql("""
                select (select coalesce(sum(balance), 0) from wallet where user_id in (:buyer, :seller))
                     + (select coalesce(sum(amount), 0) from wallet_escrow where status = 'HELD' and buyer_id = :buyer)""")
                .param("buyer", buyer).param("seller", seller).query(Long.class).single();
    }
}
