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
 */
record EventDateView(UUID id, Instant startsAt, int seats, long available, String gate) {

    static EventDateView from(EventDate date, Map<UUID, Long> available) {
        return new EventDateView(date.id(), date.startsAt(), date.seatCount(), available.getOrDefault(date.id(), 0L),
                date.gate());
    }
}
