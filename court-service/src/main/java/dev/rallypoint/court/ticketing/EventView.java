package dev.rallypoint.court.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A ticketed event as anyone sees it. */
record EventView(UUID id, UUID clubId, String title, int seatsPerDate, long pricePerSeat, boolean highDemand,
        Instant createdAt, List<EventDateView> dates) {

    static EventView from(TicketedEvent event, List<EventDate> dates, Map<UUID, Long> available) {
        return new EventView(event.id(), event.clubId(), event.title(), event.seatsPerDate(), event.pricePerSeat(),
                event.highDemand(), event.createdAt(), dates.stream().map(date -> EventDateView.from(date, available)).toList());
    }
}
