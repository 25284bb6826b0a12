package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.Paged;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** What buyers browse: events with their dates and the seats for sale now, and a date's seat map. */
@Component
class EventCatalog {

    private final TicketedEvents ticketedEvents;

    private final TicketedEventRepository events;

    private final EventDateRepository dates;

    private final Seats seats;

    private final Clock clock;

    EventCatalog(TicketedEvents ticketedEvents, TicketedEventRepository events, EventDateRepository dates, Seats seats,
            Clock clock) {
        this.ticketedEvents = ticketedEvents;
        this.events = events;
        this.dates = dates;
        this.seats = seats;
        this.clock = clock;
    }

    Paged<EventView> list(UUID clubId, Pageable pageable) {
        Page<TicketedEvent> found = clubId == null ? events.findAll(pageable) : events.findByClubId(clubId, pageable);
        List<EventDate> all = dates.findByEventIdInOrderByStartsAt(found.stream().map(TicketedEvent::id).toList());
        Map<UUID, List<EventDate>> byEvent = all.stream().collect(Collectors.groupingBy(EventDate::eventId));
        Map<UUID, Long> available = seats.availableOn(idsOf(all), clock.instant());
        return Paged.of(found, event -> EventView.from(event, byEvent.getOrDefault(event.id(), List.of()), available));
    }

    EventView one(UUID eventId) {
        TicketedEvent event = ticketedEvents.event(eventId);
        List<EventDate> of = dates.findByEventIdOrderByStartsAt(event.id());
        return EventView.from(event, of, seats.availableOn(idsOf(of), clock.instant()));
    }

    List<SeatView> seatMap(UUID eventId, UUID dateId) {
        return seats.mapOf(ticketedEvents.date(eventId, dateId).id(), clock.instant());
    }

    private static List<UUID> idsOf(List<EventDate> dates) {
        return dates.stream().map(EventDate::id).toList();
    }
}
