package dev.rallypoint.court.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A ticketed event as anyone sees it.
 *
 * @param cancelledAt when the club cancelled the whole event; {@code null} otherwise (single dates may be)
 */
record EventView(UUID id, UUID clubId, String title, int seatsPerDate, long pricePerSeat, boolean highDemand,
        Instant createdAt, Instant cancelledAt, List<EventDateView> dates) {

    static EventView from(TicketedEvent event, List<EventDate> dates, Map<UUID, Long> available) {
        return new EventView(event.id(), event.clubId(), event.title(), event.seatsPerDate(), event.pricePerSeat(),
                event.highDemand(), event.createdAt(), event.cancelledAt(), dates.stream().map(date -> EventDateView.from(date, available)).toList());
    }
}
