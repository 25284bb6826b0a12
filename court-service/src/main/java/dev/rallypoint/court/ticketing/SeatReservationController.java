package dev.rallypoint.court.ticketing;

import dev.rallypoint.court.Paged;
import dev.rallypoint.support.idempotency.Idempotent;
import dev.rallypoint.support.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A member's seats: hold, pay, look, give back. */
@RestController
@RequestMapping("/api/v1/events")
class SeatReservationController {

    private final TicketedEvents ticketedEvents;

    private final SeatReservationRepository reservations;

    SeatReservationController(TicketedEvents ticketedEvents, SeatReservationRepository reservations) {
        this.ticketedEvents = ticketedEvents;
        this.reservations = reservations;
    }

    @PostMapping("/{eventId}/dates/{dateId}/seats/{seatNumber}/hold")
    ResponseEntity<SeatReservationView> hold(Caller caller, @PathVariable UUID eventId, @PathVariable UUID dateId,
            @PathVariable int seatNumber) {
        SeatReservation held = ticketedEvents.hold(caller, eventId, dateId, seatNumber);
        return ResponseEntity.created(URI.create("/api/v1/events/" + eventId + "/dates/" + dateId + "/seat-reservations/"
                + held.id())).body(SeatReservationView.from(held));
    }

    @Idempotent
    @PostMapping("/{eventId}/dates/{dateId}/seat-reservations/{reservationId}/payment")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SeatReservationView pay(Caller caller, @PathVariable UUID eventId, @PathVariable UUID dateId,
            @PathVariable UUID reservationId) {
        return SeatReservationView.from(ticketedEvents.pay(caller, eventId, dateId, reservationId));
    }

    @DeleteMapping("/{eventId}/dates/{dateId}/seat-reservations/{reservationId}")
    SeatReservationView cancel(Caller caller, @PathVariable UUID eventId, @PathVariable UUID dateId,
            @PathVariable UUID reservationId) {
        return SeatReservationView.from(ticketedEvents.cancel(caller, eventId, dateId, reservationId));
    }

    @GetMapping("/{eventId}/dates/{dateId}/seat-reservations/{reservationId}")
    SeatReservationView one(Caller caller, @PathVariable UUID eventId, @PathVariable UUID dateId,
            @PathVariable UUID reservationId) {
        return SeatReservationView.from(ticketedEvents.find(caller, eventId, dateId, reservationId));
    }

    @GetMapping("/seat-reservations")
    Paged<SeatReservationView> mine(Caller caller, @RequestParam(required = false) SeatReservationStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"));
        return Paged.of(status == null ? reservations.findByMemberId(caller.userId(), request)
                : reservations.findByMemberIdAndStatus(caller.userId(), status, request), SeatReservationView::from);
    }
}
