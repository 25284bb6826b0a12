package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.waitlist.WaitlistOfferMade;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** A slot the member waited for is held for them until the offer's deadline: pay or decline. */
@Component
class WaitlistOfferMadeMapping implements EventMapping<WaitlistOfferMade> {

    @Override
    public Class<WaitlistOfferMade> type() {
        return WaitlistOfferMade.class;
    }

    @Override
    public Notifications map(WaitlistOfferMade event) {
        return Notifications.to(Draft.to(event.memberId(), Category.WAITLIST, "waitlist.offer-made",
                "/reservations/" + event.reservationId(), event.startsAt(), event.offerExpiresAt()));
    }
}
