package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** The wallet declined a payment of the member (not when the payment was called off by the platform itself). */
@Component
class PaymentFailedMapping implements EventMapping<PaymentFailed> {

    @Override
    public Class<PaymentFailed> type() {
        return PaymentFailed.class;
    }

    @Override
    public Notifications map(PaymentFailed event) {
        if (PaymentFailed.CANCELLED.equals(event.reason())) {
            return Notifications.none();
        }
        return Notifications.to(Draft.to(event.userId(), Category.PAYMENT,
                PaymentFailed.INSUFFICIENT_POINTS.equals(event.reason()) ? "payment.failed.insufficient-points" : "payment.failed",
                "/wallet"));
    }
}
