package dev.rallypoint.court.reservation;

import dev.rallypoint.court.Actor;
import dev.rallypoint.court.Paged;
import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins search all reservations and may move or cancel any of them. */
@RestController
@RequestMapping("/api/v1/admin/reservations")
class AdminReservationController {

    private final Reservations reservations;

    private final ReservationRepository repository;

    AdminReservationController(Reservations reservations, ReservationRepository repository) {
        this.reservations = reservations;
        this.repository = repository;
    }

    @GetMapping
    Paged<ReservationView> search(@RequestParam(required = false) UUID clubId, @RequestParam(required = false) UUID courtId,
            @RequestParam(required = false) UUID memberId, @RequestParam(required = false) ReservationStatus status,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        ReservationFilter filter = new ReservationFilter(null, clubId, courtId, memberId, status, from, to);
        return Paged.of(repository.findAll(filter.toPredicate(), PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "startsAt"))),
                ReservationView::from);
    }

    @GetMapping("/{reservationId}")
    ReservationView one(Caller caller, @PathVariable UUID reservationId) {
        return ReservationView.from(reservations.find(caller, Actor.ADMIN, reservationId));
    }

    @PutMapping("/{reservationId}/slot")
    ReservationView change(Caller caller, @PathVariable UUID reservationId, @Valid @RequestBody SlotRequest request) {
        return ReservationView.from(reservations.change(caller, Actor.ADMIN, reservationId, request.courtId(), request.range()));
    }

    @PostMapping("/{reservationId}/cancellation")
    ReservationView cancel(Caller caller, @PathVariable UUID reservationId) {
        return ReservationView.from(reservations.cancel(caller, Actor.ADMIN, reservationId));
    }
}
