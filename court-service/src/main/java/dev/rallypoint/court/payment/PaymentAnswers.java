package dev.rallypoint.court.payment;

import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.common.event.user.RefundCompleted;
import dev.rallypoint.support.messaging.ProcessedEvents;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * court-service's one consumer of the wallet's answers, each handled once per event id: an answer about a
 * reservation's payment goes to the saga, any other to the {@link PaymentParty}s (seats). A record that
 * keeps failing goes to {@code <topic>-dlt} after the bounded retries.
 */
@Component
class PaymentAnswers {

    static final String GROUP = "court-service.payments";

    private final ProcessedEvents processed;

    private final PaymentSaga saga;

    private final List<PaymentParty> parties;

    PaymentAnswers(ProcessedEvents processed, PaymentSaga saga, List<PaymentParty> parties) {
        this.processed = processed;
        this.saga = saga;
        this.parties = parties;
    }

    @KafkaListener(topics = "user.payment-succeeded", groupId = GROUP)
    void on(PaymentSucceeded answer) {
        processed.once(answer, "court.payments.payment-succeeded", () -> {
            if (!saga.succeeded(answer)) {
                parties.forEach(party -> party.succeeded(answer));
            }
        });
    }

    @KafkaListener(topics = "user.payment-failed", groupId = GROUP)
    void on(PaymentFailed answer) {
        processed.once(answer, "court.payments.payment-failed", () -> {
            if (!saga.failed(answer)) {
                parties.forEach(party -> party.failed(answer));
            }
        });
    }

    @KafkaListener(topics = "user.refund-completed", groupId = GROUP)
    void on(RefundCompleted answer) {
        processed.once(answer, "court.payments.refund-completed", () -> saga.refunded(answer));
    }
}
