package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.Paged;
import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What a club's managers (and admins) see of the sale of their events, and how they call a date or an event off. */
@RestController
class ManagerEventController {

    private final TicketedEvents ticketedEvents;

    private final EventCancellation cancellation;

    private final EventCatalog catalog;

    private final SeatReservationRepository reservations;

    ManagerEventController(TicketedEvents ticketedEvents, EventCancellation cancellation, EventCatalog catalog,
            SeatReservationRepository reservations) {
        this.ticketedEvents = ticketedEvents;
        this.cancellation = cancellation;
        this.catalog = catalog;
        this.reservations = reservations;
    }

    /**
     * Cancels one date: its seats leave sale, held seats are released and paid seats refunded in full
     * (the wallet credits them asynchronously, hence 202). Cancelling a cancelled date again changes nothing.
     */
    @PostMapping({ "/api/v1/manager/events/{eventId}/dates/{dateId}/cancellation",
            "/api/v1/admin/events/{eventId}/dates/{dateId}/cancellation" })
    @ResponseStatus(HttpStatus.ACCEPTED)
    EventView cancelDate(Caller caller, @PathVariable UUID eventId, @PathVariable UUID dateId,
            @Valid @RequestBody CancellationRequest request) {
        cancellation.cancelDate(caller, eventId, dateId, request.reason().strip());
        return catalog.one(eventId);
    }

    /** Cancels every date of the event that has not begun, as {@link #cancelDate} does one. */
    @PostMapping({ "/api/v1/manager/events/{eventId}/cancellation", "/api/v1/admin/events/{eventId}/cancellation" })
    @ResponseStatus(HttpStatus.ACCEPTED)
    EventView cancelEvent(Caller caller, @PathVariable UUID eventId, @Valid @RequestBody CancellationRequest request) {
        cancellation.cancelEvent(caller, eventId, request.reason().strip());
        return catalog.one(eventId);
    }

    @GetMapping({ "/api/v1/manager/events/{eventId}/seat-reservations", "/api/v1/admin/events/{eventId}/seat-reservations" })
    Paged<SeatReservationView> seatReservations(Caller caller, @PathVariable UUID eventId,
            @RequestParam(required = false) SeatReservationStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        UUID id = ticketedEvents.managed(caller, eventId).id();
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"));
        return Paged.of(status == null ? reservations.findByEventId(id, request)
                : reservations.findByEventIdAndStatus(id, status, request), SeatReservationView::from);
    }
}
