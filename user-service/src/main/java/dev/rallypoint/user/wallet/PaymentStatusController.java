package dev.rallypoint.user.wallet;

import dev.rallypoint.support.security.Caller;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the wallet made of a payment court-service requested, asked by court-service's payment saga
 * (with its service token) before it gives up waiting for the answer on the broker. Only
 * court-service may ask: a member learns about their payments from court-service and the ledger.
 */
@RestController
class PaymentStatusController {

    static final String ASKING_SERVICE = "service:court-service";

    private final PaymentRepository payments;

    PaymentStatusController(PaymentRepository payments) {
        this.payments = payments;
    }

    @GetMapping("/api/v1/wallet/payments/{paymentId}")
    PaymentStatusView status(Caller caller, @PathVariable UUID paymentId) {
        if (!caller.isService() || !ASKING_SERVICE.equals(caller.subject())) {
            throw new AccessDeniedException("Only court-service asks for payment states");
        }
        return payments.findById(paymentId).map(PaymentStatusView::from).orElseGet(() -> PaymentStatusView.unknown(paymentId));
    }

    /**
     * @param status {@code PAID} (debited once), {@code DECLINED}, {@code CANCELLED} (never debited),
     *        {@code REFUNDED} (debited and paid back) or {@code UNKNOWN} (the request never arrived)
     * @param reason why it was declined, cancelled or paid back
     */
    record PaymentStatusView(UUID paymentId, String status, String reason) {

        static PaymentStatusView from(Payment payment) {
            String status = switch (payment.status()) {
                case DEBITED -> "PAID";
                case DECLINED -> "DECLINED";
                case CANCELLED -> "CANCELLED";
                case REFUNDED -> "REFUNDED";
            };
            return new PaymentStatusView(payment.paymentId(), status, payment.reason());
        }

        static PaymentStatusView unknown(UUID paymentId) {
            return new PaymentStatusView(paymentId, "UNKNOWN", null);
        }
    }
}
