package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.Paged;
import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ticketed events: announced by a club's managers or admins, browsed by anyone. */
@RestController
class EventController {

    private final TicketedEvents ticketedEvents;

    private final TicketedEventRepository events;

    private final EventDateRepository dates;

    private final Seats seats;

    private final Clock clock;

    EventController(TicketedEvents ticketedEvents, TicketedEventRepository events, EventDateRepository dates, Seats seats,
            Clock clock) {
        this.ticketedEvents = ticketedEvents;
        this.events = events;
        this.dates = dates;
        this.seats = seats;
        this.clock = clock;
    }

    @PostMapping({ "/api/v1/manager/events", "/api/v1/admin/events" })
    ResponseEntity<EventView> announce(Caller caller, @Valid @RequestBody EventRequest request) {
        TicketedEvent event = ticketedEvents.announce(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/events/" + event.id())).body(view(event));
    }

    @GetMapping("/api/v1/events")
    Paged<EventView> list(@RequestParam(required = false) UUID clubId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"));
        Page<TicketedEvent> found = clubId == null ? events.findAll(request) : events.findByClubId(clubId, request);
        List<EventDate> all = dates.findByEventIdInOrderByStartsAt(found.stream().map(TicketedEvent::id).toList());
        Map<UUID, List<EventDate>> byEvent = all.stream().collect(Collectors.groupingBy(EventDate::eventId));
        Map<UUID, Long> available = seats.availableOn(TicketedEvents.idsOf(all), clock.instant());
        return Paged.of(found, event -> EventView.from(event, byEvent.getOrDefault(event.id(), List.of()), available));
    }

    @GetMapping("/api/v1/events/{eventId}")
    EventView one(@PathVariable UUID eventId) {
        return view(ticketedEvents.event(eventId));
    }

    @GetMapping("/api/v1/events/{eventId}/dates")
    List<EventDateView> dates(@PathVariable UUID eventId) {
        return view(ticketedEvents.event(eventId)).dates();
    }

    @GetMapping("/api/v1/events/{eventId}/dates/{dateId}/seats")
    List<SeatView> seatMap(@PathVariable UUID eventId, @PathVariable UUID dateId) {
        return seats.mapOf(ticketedEvents.date(eventId, dateId).id(), clock.instant());
    }

    private EventView view(TicketedEvent event) {
        List<EventDate> of = dates.findByEventIdOrderByStartsAt(event.id());
        return EventView.from(event, of, seats.availableOn(TicketedEvents.idsOf(of), clock.instant()));
    }
}
