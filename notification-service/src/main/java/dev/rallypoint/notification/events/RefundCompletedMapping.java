package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.user.RefundCompleted;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** Points came back to the member's wallet. */
@Component
class RefundCompletedMapping implements EventMapping<RefundCompleted> {

    @Override
    public Class<RefundCompleted> type() {
        return RefundCompleted.class;
    }

    @Override
    public Notifications map(RefundCompleted event) {
        return Notifications.to(Draft.to(event.userId(), Category.PAYMENT, "refund.completed", "/wallet", event.amount(),
                event.balance()));
    }
}
