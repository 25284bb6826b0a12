package dev.rallypoint.court.ticketing;

import java.util.Map;
import java.time.Instant;
import java.util.UUID;

/**
 * A date of an event.
 *
 * @param seats how many seats the date has
 * @param available how many of them are for sale now
 * @param gate the waiting-room gate of this date's sale
 * @param cancelledAt when the club cancelled the date; {@code null} while it takes place
 * @param cancellationReason the club's reason
 */
record EventDateView(UUID id, Instant startsAt, int seats, long available, String gate, Instant cancelledAt,
        String cancellationReason) {

    static EventDateView from(EventDate date, Map<UUID, Long> available) {
        return new EventDateView(date.id(), date.startsAt(), date.seatCount(), available.getOrDefault(date.id(), 0L),
                date.gate(), date.cancelledAt(), date.cancellationReason());
    }
}
