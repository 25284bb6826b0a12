package dev.rallypoint.user.wallet;

import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.court.RefundRequested;
import dev.rallypoint.support.messaging.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes court-service's payment saga messages to the wallet, each handled once per event id (a
 * redelivery changes nothing). A message that keeps failing is retried a bounded number of times,
 * then parked on its dead-letter topic.
 */
@Component
class CourtPaymentListener {

    private final ProcessedEvents processed;

    private final WalletPayments payments;

    CourtPaymentListener(ProcessedEvents processed, WalletPayments payments) {
        this.processed = processed;
        this.payments = payments;
    }

    @KafkaListener(topics = "court.payment-requested", concurrency = "3")
    void on(PaymentRequested request) {
        processed.once(request, "wallet.payment-requested", () -> payments.pay(request));
    }

    @KafkaListener(topics = "court.payment-cancelled")
    void on(PaymentCancelled cancellation) {
        processed.once(cancellation, "wallet.payment-cancelled", () -> payments.cancel(cancellation));
    }

    @KafkaListener(topics = "court.refund-requested")
    void on(RefundRequested request) {
        processed.once(request, "wallet.refund-requested", () -> payments.refund(request));
    }
}
