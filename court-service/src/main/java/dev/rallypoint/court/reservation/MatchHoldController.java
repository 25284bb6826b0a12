package dev.rallypoint.court.reservation;

import dev.rallypoint.common.identity.Role;
import dev.rallypoint.court.Actor;
import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.TimeRange;
import dev.rallypoint.support.idempotency.Idempotent;
import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * match-service holds a court for a match it forms, on behalf of one of its players, and releases it
 * when the match falls through. Only match-service's service token is accepted. The hold is the
 * member's own ordinary hold (same limits, same expiry, same payment), taken on the first court of the
 * club that is free for the time; retries are safe with an {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1/match-holds")
class MatchHoldController {

    static final String MATCH_SERVICE = "service:match-service";

    private final Reservations reservations;

    private final Clubs clubs;

    private final ReservationPayments payments;

    private final TransactionTemplate transactions;

    private final ReservationRepository repository;

    MatchHoldController(Reservations reservations, Clubs clubs, ReservationPayments payments,
            TransactionTemplate transactions, ReservationRepository repository) {
        this.repository = repository;
        this.reservations = reservations;
        this.clubs = clubs;
        this.payments = payments;
        this.transactions = transactions;
    }

    /** 201 with the hold on the first free court of the club; 409 {@code slot-taken} when none is free. */
    @Idempotent
    @PostMapping
    ResponseEntity<ReservationView> hold(Caller caller, @Valid @RequestBody MatchHoldRequest request) {
        Caller member = onBehalfOf(caller, request.memberId());
        TimeRange range = new TimeRange(request.startsAt(), request.endsAt());
        for (UUID courtId : clubs.courtsOf(request.clubId())) {
            try {
                Reservations.Hold hold = reservations.hold(member, courtId, range);
                ReservationView view = ReservationView.from(hold.reservation());
                return ResponseEntity.created(URI.create("/api/v1/reservations/" + view.id())).body(view);
            }
            catch (SlotTaken | CourtBlocked ex) {
                // this court is not free then; the next one may be
            }
        }
        throw new SlotTaken();
    }

    /** Releases (cancels) a hold taken for a match; the member's own hold only. */
    @PostMapping("/{reservationId}/release")
    ReservationView release(Caller caller, @PathVariable UUID reservationId, @Valid @RequestBody MatchHoldRelease request) {
        return ReservationView.from(reservations.cancel(onBehalfOf(caller, request.memberId()), Actor.MEMBER, reservationId));
    }

    /**
     * The players of the match paid the hold between them, from their own wallets (match-service's split
     * payment): a running hold is confirmed at once, without court-service's payment saga (no points move
     * here). Idempotent: a hold already confirmed answers as it is. 409 {@code hold-expired} when the hold's
     * deadline passed, 409 {@code reservation-state} when it is no longer held (expired, cancelled, paid by the
     * member themselves); match-service then refunds the shares.
     */
    @PostMapping("/{reservationId}/split-payment")
    ReservationView paidBySplit(Caller caller, @PathVariable UUID reservationId,
            @Valid @RequestBody SplitPayment request) {
        Caller member = onBehalfOf(caller, request.memberId());
        return transactions.execute(status -> {
            PayableReservation current = payments.current(reservationId);
            if (!current.memberId().equals(request.memberId())) {
                throw new ReservationNotFound(reservationId);
            }
            if (current.status() != ReservationStatus.CONFIRMED) {
                payments.startPayment(member, reservationId);
                payments.confirm(reservationId, null);
            }
            return ReservationView.from(repository.findById(reservationId).orElseThrow());
        });
    }

    private static Caller onBehalfOf(Caller caller, UUID memberId) {
        if (!caller.isService() || !MATCH_SERVICE.equals(caller.subject())) {
            throw new AccessDeniedException("Only match-service holds courts for matches");
        }
        return new Caller(memberId.toString(), Set.of(Role.MEMBER));
    }

    /** A club and a time of whole slots, held for one player of the match. */
    record MatchHoldRequest(@NotNull UUID memberId, @NotNull UUID clubId, @NotNull Instant startsAt,
            @NotNull Instant endsAt) {
    }

    record MatchHoldRelease(@NotNull UUID memberId) {
    }

    /** The member the hold is in the name of; the players' shares are match-service's business. */
    record SplitPayment(@NotNull UUID memberId) {
    }
}
