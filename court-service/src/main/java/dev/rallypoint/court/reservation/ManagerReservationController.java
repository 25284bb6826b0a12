package dev.rallypoint.court.reservation;

import dev.rallypoint.court.Actor;
import dev.rallypoint.court.Paged;
import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.NotClubManager;
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

/** The reservations of the clubs a manager runs (an admin: all clubs). */
@RestController
@RequestMapping("/api/v1/manager/reservations")
class ManagerReservationController {

    private final Reservations reservations;

    private final ReservationRepository repository;

    private final Clubs clubs;

    ManagerReservationController(Reservations reservations, ReservationRepository repository, Clubs clubs) {
        this.reservations = reservations;
        this.repository = repository;
        this.clubs = clubs;
    }

    @GetMapping
    Paged<ReservationView> list(Caller caller, @RequestParam(required = false) UUID clubId,
            @RequestParam(required = false) UUID courtId, @RequestParam(required = false) UUID memberId,
            @RequestParam(required = false) ReservationStatus status, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        if (clubId != null && !clubs.manages(caller, clubId)) {
            throw new NotClubManager(clubId);
        }
        ReservationFilter filter = new ReservationFilter(null, clubId, courtId, memberId, status, from, to);
        if (!caller.isAdmin()) {
            filter = filter.within(clubs.managedBy(caller.userId()));
        }
        return Paged.of(repository.findAll(filter.toPredicate(), PageRequest.of(page, size, Sort.by("startsAt"))),
                ReservationView::from);
    }

    @GetMapping("/{reservationId}")
    ReservationView one(Caller caller, @PathVariable UUID reservationId) {
        return ReservationView.from(reservations.find(caller, Actor.MANAGER, reservationId));
    }

    @PutMapping("/{reservationId}/slot")
    ReservationView change(Caller caller, @PathVariable UUID reservationId, @Valid @RequestBody SlotRequest request) {
        return ReservationView.from(reservations.change(caller, Actor.MANAGER, reservationId, request.courtId(), request.range()));
    }

    @PostMapping("/{reservationId}/cancellation")
    ReservationView cancel(Caller caller, @PathVariable UUID reservationId) {
        return ReservationView.from(reservations.cancel(caller, Actor.MANAGER, reservationId));
    }

    @PostMapping("/{reservationId}/completion")
    ReservationView complete(Caller caller, @PathVariable UUID reservationId) {
        return ReservationView.from(reservations.complete(caller, reservationId));
    }

    @PostMapping("/{reservationId}/no-show")
    ReservationView noShow(Caller caller, @PathVariable UUID reservationId) {
        return ReservationView.from(reservations.markNoShow(caller, reservationId));
    }
}
