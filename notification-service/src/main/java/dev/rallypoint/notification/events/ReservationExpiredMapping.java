package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.court.ReservationExpired;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** The member's hold ran out unpaid. */
@Component
class ReservationExpiredMapping implements EventMapping<ReservationExpired> {

    @Override
    public Class<ReservationExpired> type() {
        return ReservationExpired.class;
    }

    @Override
    public Notifications map(ReservationExpired event) {
        return Notifications.to(Draft.to(event.memberId(), Category.RESERVATION, "reservation.expired",
                "/reservations/" + event.aggregateId(), event.startsAt()));
    }
}
