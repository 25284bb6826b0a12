package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.court.SeatReserved;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** The member's seat at an event is theirs. */
@Component
class SeatReservedMapping implements EventMapping<SeatReserved> {

    @Override
    public Class<SeatReserved> type() {
        return SeatReserved.class;
    }

    @Override
    public Notifications map(SeatReserved event) {
        return Notifications.to(Draft.to(event.memberId(), Category.TICKETING, "seat.reserved",
                "/events/" + event.ticketedEventId() + "/dates/" + event.eventDateId() + "/seat-reservations/"
                        + event.aggregateId(), event.title(), event.startsAt(), event.seatNumber()));
    }
}
