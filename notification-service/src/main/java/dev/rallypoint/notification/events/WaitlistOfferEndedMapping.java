package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.waitlist.WaitlistOfferEnded;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** An offer ran out unpaid: the member is told the slot went on (a decline they made themselves needs no notice). */
@Component
class WaitlistOfferEndedMapping implements EventMapping<WaitlistOfferEnded> {

    @Override
    public Class<WaitlistOfferEnded> type() {
        return WaitlistOfferEnded.class;
    }

    @Override
    public Notifications map(WaitlistOfferEnded event) {
        if (!"LAPSED".equals(event.outcome())) {
            return Notifications.none();
        }
        return Notifications.to(Draft.to(event.memberId(), Category.WAITLIST, "waitlist.offer-lapsed",
                "/waitlist/" + event.aggregateId()));
    }
}
