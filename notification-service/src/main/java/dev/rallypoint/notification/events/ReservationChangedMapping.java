package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.court.ReservationChanged;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** The member's reservation moved to another time or court (by them or by the club). */
@Component
class ReservationChangedMapping implements EventMapping<ReservationChanged> {

    @Override
    public Class<ReservationChanged> type() {
        return ReservationChanged.class;
    }

    @Override
    public Notifications map(ReservationChanged event) {
        return Notifications.to(Draft.to(event.memberId(), Category.RESERVATION,
                "MEMBER".equals(event.changedBy()) ? "reservation.changed" : "reservation.changed-by-club",
                "/reservations/" + event.aggregateId(), event.previousStartsAt(), event.startsAt(), event.price()));
    }
}
