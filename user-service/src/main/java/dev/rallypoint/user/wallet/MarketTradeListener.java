package dev.rallypoint.user.wallet;

import dev.rallypoint.common.event.market.TradeCancelled;
import dev.rallypoint.common.event.market.TradeCompleted;
import dev.rallypoint.common.event.market.TradeRequested;
import dev.rallypoint.support.messaging.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes market-service's trade facts to the escrows, each handled once per event id. A message that keeps
 * failing (e.g. a completion without a held escrow) is retried a bounded number of times, then parked on
 * its dead-letter topic.
 */
@Component
class MarketTradeListener {

    private final ProcessedEvents processed;

    private final WalletEscrows escrows;

    MarketTradeListener(ProcessedEvents processed, WalletEscrows escrows) {
        this.processed = processed;
        this.escrows = escrows;
    }

    @KafkaListener(topics = "market.trade-requested", concurrency = "3")
    void on(TradeRequested request) {
        processed.once(request, "wallet.trade-requested", () -> escrows.hold(request));
    }

    @KafkaListener(topics = "market.trade-completed")
    void on(TradeCompleted completion) {
        processed.once(completion, "wallet.trade-completed", () -> escrows.complete(completion));
    }

    @KafkaListener(topics = "market.trade-cancelled")
    void on(TradeCancelled cancellation) {
        processed.once(cancellation, "wallet.trade-cancelled", () -> escrows.cancel(cancellation));
    }
}
