package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.court.ReservationHeld;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** The member holds a court: pay before the hold runs out. */
@Component
class ReservationHeldMapping implements EventMapping<ReservationHeld> {

    @Override
    public Class<ReservationHeld> type() {
        return ReservationHeld.class;
    }

    @Override
    public Notifications map(ReservationHeld event) {
        return Notifications.to(Draft.to(event.memberId(), Category.RESERVATION, "reservation.held",
                "/reservations/" + event.aggregateId(), event.startsAt(), event.price(), event.heldUntil()));
    }
}
