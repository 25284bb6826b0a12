package dev.rallypoint.market.trade;

import dev.rallypoint.common.event.user.EscrowHeld;
import dev.rallypoint.common.event.user.EscrowHoldFailed;
import dev.rallypoint.support.messaging.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes the wallet's escrow answers to the trades, each handled once per event id (a redelivery changes
 * nothing, and the trade ignores an answer its state has moved past). A record that keeps failing goes to
 * its dead-letter topic after bounded retries.
 */
@Component
class WalletAnswerListener {

    private final ProcessedEvents processed;

    private final Trades trades;

    WalletAnswerListener(ProcessedEvents processed, Trades trades) {
        this.processed = processed;
        this.trades = trades;
    }

    /**
     * Every trade passes here once: three consumers (the topics' three partitions, keyed by trade), as the
     * wallet consumes the requests it answers, so that this step does not cap the trades per second.
     */
    @KafkaListener(topics = "user.escrow-held", concurrency = "3")
    void on(EscrowHeld answer) {
        processed.once(answer, "market.escrow-held", () -> trades.escrowHeld(answer));
    }

    @KafkaListener(topics = "user.escrow-hold-failed")
    void on(EscrowHoldFailed answer) {
        processed.once(answer, "market.escrow-hold-failed", () -> trades.escrowFailed(answer));
    }
}
