package dev.rallypoint.court.reservation;

import dev.rallypoint.court.Actor;
import dev.rallypoint.court.Paged;
import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's own reservations: hold, look, move, cancel. */
@RestController
@RequestMapping("/api/v1/reservations")
class ReservationController {

    private final Reservations reservations;

    private final ReservationRepository repository;

    ReservationController(Reservations reservations, ReservationRepository repository) {
        this.reservations = reservations;
        this.repository = repository;
    }

    /** 201 with the new hold; 200 with the member's running hold when they ask for exactly it again. */
    @PostMapping
    ResponseEntity<ReservationView> hold(Caller caller, @Valid @RequestBody SlotRequest request) {
        Reservations.Hold hold = reservations.hold(caller, request.courtId(), request.range());
        ReservationView view = ReservationView.from(hold.reservation());
        return hold.created() ? ResponseEntity.created(URI.create("/api/v1/reservations/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping
    Paged<ReservationView> mine(Caller caller, @RequestParam(required = false) ReservationStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return Paged.of(repository.findAll(ReservationFilter.ofMember(caller.userId(), status).toPredicate(),
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "startsAt"))), ReservationView::from);
    }

    @GetMapping("/{reservationId}")
    ReservationView one(Caller caller, @PathVariable UUID reservationId) {
        return ReservationView.from(reservations.find(caller, Actor.MEMBER, reservationId));
    }

    @PutMapping("/{reservationId}/slot")
    ReservationView change(Caller caller, @PathVariable UUID reservationId, @Valid @RequestBody SlotRequest request) {
        return ReservationView.from(reservations.change(caller, Actor.MEMBER, reservationId, request.courtId(), request.range()));
    }

    @PostMapping("/{reservationId}/cancellation")
    ReservationView cancel(Caller caller, @PathVariable UUID reservationId) {
        return ReservationView.from(reservations.cancel(caller, Actor.MEMBER, reservationId));
    }
}
