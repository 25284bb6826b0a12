package dev.rallypoint.match.openmatch;

import dev.rallypoint.common.event.court.ReservationCancelled;
import dev.rallypoint.common.event.court.ReservationExpired;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * court-service's word that a reservation is gone (cancelled, or a hold not paid in time): an open match
 * offering it is called off. Handling an event twice changes nothing the first did not, so no processed-event
 * mark is kept. Its own consumer group, so other consumers of these topics in match-service are not affected.
 */
@Component
class ReservationEvents {

    static final String GROUP = "match-service.open-matches";

    private final OpenMatches openMatches;

    ReservationEvents(OpenMatches openMatches) {
        this.openMatches = openMatches;
    }

    @KafkaListener(topics = "court.reservation-cancelled", groupId = GROUP)
    void on(ReservationCancelled cancelled) {
        openMatches.reservationEnded(cancelled.aggregateId());
    }

    @KafkaListener(topics = "court.reservation-expired", groupId = GROUP)
    void on(ReservationExpired expired) {
        openMatches.reservationEnded(expired.aggregateId());
    }
}
