package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.user.EscrowHeld;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** The wallet holds the buyer's points for a market trade. */
@Component
class EscrowHeldMapping implements EventMapping<EscrowHeld> {

    @Override
    public Class<EscrowHeld> type() {
        return EscrowHeld.class;
    }

    @Override
    public Notifications map(EscrowHeld event) {
        return Notifications.to(Draft.to(event.buyerId(), Category.MARKET, "market.escrow-held",
                "/market/trades/" + event.aggregateId(), event.amount(), event.balanceAfter()));
    }
}
