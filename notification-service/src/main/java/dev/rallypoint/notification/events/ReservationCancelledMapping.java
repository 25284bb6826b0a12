package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.court.ReservationCancelled;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** The member's reservation was cancelled (by them or by the club), with what is refunded. */
@Component
class ReservationCancelledMapping implements EventMapping<ReservationCancelled> {

    @Override
    public Class<ReservationCancelled> type() {
        return ReservationCancelled.class;
    }

    @Override
    public Notifications map(ReservationCancelled event) {
        long refund = "CONFIRMED".equals(event.previousStatus()) ? event.price() - event.fee() : 0;
        return Notifications.to(Draft.to(event.memberId(), Category.RESERVATION,
                "MEMBER".equals(event.cancelledBy()) ? "reservation.cancelled" : "reservation.cancelled-by-club",
                "/reservations/" + event.aggregateId(), event.startsAt(), refund, event.fee()));
    }
}
