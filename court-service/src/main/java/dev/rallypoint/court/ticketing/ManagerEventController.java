package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.Paged;
import dev.rallypoint.support.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a club's managers (and admins) see of the sale of their events. */
@RestController
class ManagerEventController {

    private final TicketedEvents ticketedEvents;

    private final SeatReservationRepository reservations;

    ManagerEventController(TicketedEvents ticketedEvents, SeatReservationRepository reservations) {
        this.ticketedEvents = ticketedEvents;
        this.reservations = reservations;
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
