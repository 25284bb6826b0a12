package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.court.CourtAccess;
import dev.rallypoint.support.security.Caller;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The open match use cases. Remote questions (court-service: may the caller offer this reservation?
 * user-service: the joiner's level) are asked before a transaction starts; a join or a leave then locks the
 * open match's row, so concurrent joins are admitted one at a time and never beyond its places.
 */
@Component
class OpenMatches {

    private final OpenMatchRepository repository;

    private final CourtAccess courts;

    private final OpenMatchProperties properties;

    private final TransactionTemplate transactions;

    private final Clock clock;

    OpenMatches(OpenMatchRepository repository, CourtAccess courts, OpenMatchProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.courts = courts;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    OpenMatch publish(Caller caller, OpenMatchBody body) {
        UUID publisher = caller.userId();
        CourtAccess.Usable reservation = courts.visibleTo(caller, body.reservationId())
                .orElseThrow(() -> new ReservationNotFound(body.reservationId()));
        if (!reservation.held() && !reservation.confirmed()) {
            throw new ReservationNotUsable(reservation.id());
        }
        OpenMatch match = OpenMatch.publish(publisher, !reservation.managed(), new OpenMatch.Offer(reservation.id(),
                reservation.clubId(), reservation.courtId(), reservation.startsAt(), reservation.endsAt(), body.gameType(),
                body.minLevel(), body.maxLevel(), body.places()), properties.leaveBefore(), clock);
        try {
            return transactions.execute(status -> repository.saveAndFlush(match));
        }
        catch (DataIntegrityViolationException ex) {
            throw new ReservationAlreadyOffered(reservation.id());
        }
    }

    OpenMatch join(Caller caller, UUID id, BigDecimal level) {
        UUID player = caller.userId();
        return transactions.execute(status -> {
            OpenMatch match = repository.lockById(id).orElseThrow(() -> new OpenMatchNotFound(id));
            match.join(player, level, clock);
            return repository.saveAndFlush(match);
        });
    }

    OpenMatch leave(Caller caller, UUID id) {
        UUID player = caller.userId();
        return transactions.execute(status -> {
            OpenMatch match = repository.lockById(id).orElseThrow(() -> new OpenMatchNotFound(id));
            match.leave(player, clock);
            return repository.saveAndFlush(match);
        });
    }

    OpenMatch cancel(Caller caller, UUID id) {
        UUID publisher = caller.userId();
        return transactions.execute(status -> {
            OpenMatch match = repository.lockById(id).orElseThrow(() -> new OpenMatchNotFound(id));
            match.cancel(publisher, clock);
            return repository.saveAndFlush(match);
        });
    }

    /** The reservation is gone at court-service: its open match, if any, is called off. */
    void reservationEnded(UUID reservation) {
        transactions.executeWithoutResult(status -> repository.lockLiveByReservation(reservation).ifPresent(match -> {
            match.reservationEnded(clock);
            repository.saveAndFlush(match);
        }));
    }

    OpenMatch one(UUID id) {
        return repository.findById(id).orElseThrow(() -> new OpenMatchNotFound(id));
    }

    Page<OpenMatch> open(UUID club, int page, int size) {
        return repository.findOpen(club, clock.instant(), PageRequest.of(page, size, Sort.by("startsAt", "id")));
    }
}
