package dev.rallypoint.match.match;

import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.common.event.user.RefundCompleted;
import dev.rallypoint.support.messaging.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The wallet's answers about the shares of matches, each handled once per event id, in their own consumer group;
 * answers about payments that are no shares (court-service's reservations and seats) are skipped. A record that
 * keeps failing goes to {@code <topic>-dlt} after the bounded retries.
 */
@Component
class ShareAnswers {

    static final String GROUP = "match-service.split-payments";

    private final ProcessedEvents processed;

    private final SplitPayments splits;

    ShareAnswers(ProcessedEvents processed, SplitPayments splits) {
        this.processed = processed;
        this.splits = splits;
    }

    @KafkaListener(topics = "user.payment-succeeded", groupId = GROUP)
    void on(PaymentSucceeded answer) {
        processed.once(answer, "match.split.payment-succeeded", () -> splits.succeeded(answer));
    }

    @KafkaListener(topics = "user.payment-failed", groupId = GROUP)
    void on(PaymentFailed answer) {
        processed.once(answer, "match.split.payment-failed", () -> splits.failed(answer));
    }

    @KafkaListener(topics = "user.refund-completed", groupId = GROUP)
    void on(RefundCompleted answer) {
        processed.once(answer, "match.split.refund-completed", () -> splits.refunded(answer));
    }
}
