package dev.rallypoint.court.payment;

import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.common.event.user.RefundCompleted;
import dev.rallypoint.support.messaging.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes the wallet's answers to the saga, each handled once per event id. Their own consumer group,
 * so that other court-service features reading the same topics get every record too; answers about
 * payments this saga does not know are skipped. A record that keeps failing goes to
 * {@code <topic>-dlt} after the bounded retries.
 */
@Component
class PaymentAnswers {

    static final String GROUP = "court-service.payments";

    private final ProcessedEvents processed;

    private final PaymentSaga saga;

    PaymentAnswers(ProcessedEvents processed, PaymentSaga saga) {
        this.processed = processed;
        this.saga = saga;
    }

    @KafkaListener(topics = "user.payment-succeeded", groupId = GROUP)
    void on(PaymentSucceeded answer) {
        processed.once(answer, "court.payments.payment-succeeded", () -> saga.succeeded(answer));
    }

    @KafkaListener(topics = "user.payment-failed", groupId = GROUP)
    void on(PaymentFailed answer) {
        processed.once(answer, "court.payments.payment-failed", () -> saga.failed(answer));
    }

    @KafkaListener(topics = "user.refund-completed", groupId = GROUP)
    void on(RefundCompleted answer) {
        processed.once(answer, "court.payments.refund-completed", () -> saga.refunded(answer));
    }
}
