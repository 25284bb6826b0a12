package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.court.ReservationNoShow;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** The member did not check in in time: the court was released, and what the club's policy refunds. */
@Component
class ReservationNoShowMapping implements EventMapping<ReservationNoShow> {

    @Override
    public Class<ReservationNoShow> type() {
        return ReservationNoShow.class;
    }

    @Override
    public Notifications map(ReservationNoShow event) {
        return Notifications.to(Draft.to(event.memberId(), Category.RESERVATION, "reservation.no-show",
                "/reservations/" + event.aggregateId(), event.startsAt(), event.price() - event.kept(), event.kept()));
    }
}
