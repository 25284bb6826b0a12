package dev.rallypoint.market.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rallypoint.common.event.market.TradeCancelled;
import dev.rallypoint.common.event.market.TradeCompleted;
import dev.rallypoint.common.event.market.TradeRequested;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TradeTests {

    private final Instant start = Instant.parse("2026-05-01T10:00:00Z");

    private final Clock clock = Clock.fixed(start, ZoneOffset.UTC);

    private final UUID buyer = UUID.randomUUID();

    private final UUID seller = UUID.randomUUID();

    private Trade requested() {
        return Trade.request(UUID.randomUUID(), seller, 30_000, "racket", buyer, clock);
    }

    private Trade held() {
        Trade trade = requested();
        trade.escrowHeld(clock);
        return trade;
    }

    @Test
    void aRequestAsksTheWalletToHoldThePrice() {
        Trade trade = requested();

        assertThat(trade.status()).isEqualTo(TradeStatus.REQUESTED);
        assertThat(events(trade)).singleElement().isInstanceOfSatisfying(TradeRequested.class,
                event -> assertThat(event.amount()).isEqualTo(30_000));
    }

    @Test
    void walletAnswersThatComeAgainChangeNothing() {
        Trade trade = held();
        trade.escrowHeld(clock);
        assertThat(trade.escrowFailed(clock)).isFalse();
        assertThat(trade.status()).isEqualTo(TradeStatus.HELD);

        Trade failed = requested();
        assertThat(failed.escrowFailed(clock)).isTrue();
        failed.escrowHeld(clock);
        assertThat(failed.status()).isEqualTo(TradeStatus.CANCELLED);
        assertThat(failed.escrowFailed(clock)).isFalse();
    }

    @Test
    void handOverThenConfirmationCompletesIt() {
        Trade trade = held();
        assertThatThrownBy(() -> trade.handOver(buyer, Duration.ofDays(7), clock)).isInstanceOf(WrongTradeParty.class);
        trade.handOver(seller, Duration.ofDays(7), clock);
        assertThatThrownBy(() -> trade.confirm(seller, clock)).isInstanceOf(WrongTradeParty.class);
        assertThatThrownBy(() -> trade.cancelByBuyer(buyer, clock)).isInstanceOf(IllegalTradeStep.class);

        trade.confirm(buyer, clock);

        assertThat(trade.status()).isEqualTo(TradeStatus.COMPLETED);
        assertThat(events(trade)).last().isInstanceOfSatisfying(TradeCompleted.class,
                event -> assertThat(event.how()).isEqualTo("CONFIRMED"));
        assertThatThrownBy(() -> trade.confirm(buyer, clock)).isInstanceOf(IllegalTradeStep.class);
    }

    @Test
    void confirmsItselfOnlyAfterTheDeadline() {
        Trade trade = held();
        trade.handOver(seller, Duration.ofDays(7), clock);

        assertThat(trade.confirmIfDue(Clock.offset(clock, Duration.ofDays(7).minusSeconds(1)))).isFalse();
        assertThat(trade.confirmIfDue(Clock.offset(clock, Duration.ofDays(7)))).isTrue();
        assertThat(trade.outcome()).isEqualTo("AUTO_CONFIRMED");
    }

    @Test
    void buyerCancelsOrSellerDeclinesBeforeTheHandOver() {
        Trade cancelled = held();
        cancelled.cancelByBuyer(buyer, clock);
        assertThat(events(cancelled)).last().isInstanceOfSatisfying(TradeCancelled.class,
                event -> assertThat(event.reason()).isEqualTo(TradeCancelled.BUYER_CANCELLED));

        Trade declined = requested();
        assertThatThrownBy(() -> declined.decline(buyer, clock)).isInstanceOf(WrongTradeParty.class);
        declined.decline(seller, clock);
        assertThat(declined.status()).isEqualTo(TradeStatus.CANCELLED);
        assertThatThrownBy(() -> declined.cancelByBuyer(buyer, clock)).isInstanceOf(IllegalTradeStep.class);
    }

    @Test
    void aStrangerSeesNoTradeToAct() {
        Trade trade = held();
        UUID stranger = UUID.randomUUID();

        assertThatThrownBy(() -> trade.cancelByBuyer(stranger, clock)).isInstanceOf(TradeNotFound.class);
        assertThatThrownBy(() -> trade.dispute(stranger, "?", clock)).isInstanceOf(TradeNotFound.class);
    }

    @Test
    void aDisputeFreezesTheTradeUntilSettled() {
        Trade trade = held();
        trade.handOver(seller, Duration.ofDays(7), clock);
        trade.dispute(buyer, "strings broken", clock);

        assertThat(trade.confirmIfDue(Clock.offset(clock, Duration.ofDays(30)))).isFalse();
        assertThatThrownBy(() -> trade.confirm(buyer, clock)).isInstanceOf(IllegalTradeStep.class);
        trade.settle(false, clock);

        assertThat(trade.status()).isEqualTo(TradeStatus.CANCELLED);
        assertThat(trade.outcome()).isEqualTo(TradeCancelled.SETTLED_FOR_BUYER);
        assertThatThrownBy(() -> trade.settle(true, clock)).isInstanceOf(IllegalTradeStep.class);
    }

    private static java.util.List<Object> events(Trade trade) {
        return trade.pendingEvents();
    }
}
