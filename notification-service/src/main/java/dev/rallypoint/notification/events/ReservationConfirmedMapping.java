package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.court.ReservationConfirmed;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** The member's court reservation is paid and confirmed. */
@Component
class ReservationConfirmedMapping implements EventMapping<ReservationConfirmed> {

    @Override
    public Class<ReservationConfirmed> type() {
        return ReservationConfirmed.class;
    }

    @Override
    public Notifications map(ReservationConfirmed event) {
        return Notifications.to(Draft.to(event.memberId(), Category.RESERVATION, "reservation.confirmed",
                "/reservations/" + event.aggregateId(), event.startsAt(), event.endsAt(), event.price()));
    }
}
