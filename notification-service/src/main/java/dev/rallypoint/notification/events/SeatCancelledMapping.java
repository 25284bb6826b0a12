package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.court.SeatCancelled;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** The member's seat was given back, or cancelled with its date by the club (with the full refund). */
@Component
class SeatCancelledMapping implements EventMapping<SeatCancelled> {

    @Override
    public Class<SeatCancelled> type() {
        return SeatCancelled.class;
    }

    @Override
    public Notifications map(SeatCancelled event) {
        return Notifications.to(Draft.to(event.memberId(), Category.TICKETING,
                event.byTheClub() ? "seat.cancelled-by-club" : "seat.cancelled",
                "/events/" + event.ticketedEventId() + "/dates/" + event.eventDateId() + "/seat-reservations/"
                        + event.aggregateId(), event.title(), event.startsAt(), event.seatNumber(), event.refunded()));
    }
}
