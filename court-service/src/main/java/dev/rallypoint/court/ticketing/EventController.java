package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.Paged;
import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
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

    private final EventCatalog catalog;

    EventController(TicketedEvents ticketedEvents, EventCatalog catalog) {
        this.ticketedEvents = ticketedEvents;
        this.catalog = catalog;
    }

    @PostMapping({ "/api/v1/manager/events", "/api/v1/admin/events" })
    ResponseEntity<EventView> announce(Caller caller, @Valid @RequestBody EventRequest request) {
        UUID eventId = ticketedEvents.announce(caller, request).id();
        return ResponseEntity.created(URI.create("/api/v1/events/" + eventId)).body(catalog.one(eventId));
    }

    @GetMapping("/api/v1/events")
    Paged<EventView> list(@RequestParam(required = false) UUID clubId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return catalog.list(clubId, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
    }

    @GetMapping("/api/v1/events/{eventId}")
    EventView one(@PathVariable UUID eventId) {
        return catalog.one(eventId);
    }

    @GetMapping("/api/v1/events/{eventId}/dates")
    List<EventDateView> dates(@PathVariable UUID eventId) {
        return catalog.one(eventId).dates();
    }

    @GetMapping("/api/v1/events/{eventId}/dates/{dateId}/seats")
    List<SeatView> seatMap(@PathVariable UUID eventId, @PathVariable UUID dateId) {
        return catalog.seatMap(eventId, dateId);
    }
}
