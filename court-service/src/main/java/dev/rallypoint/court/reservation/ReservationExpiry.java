package dev.rallypoint.court.reservation;

import dev.rallypoint.court.club.CourtCalendarChanged;
import dev.rallypoint.support.scheduling.Batches;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires holds whose deadline passed. The database is the truth: a sweep takes the overdue holds
 * row-locked and skips those another instance is sweeping, so any number of instances can run it.
 */
@Component
class ReservationExpiry {

    private static final Logger log = LoggerFactory.getLogger(ReservationExpiry.class);

    private final ReservationRepository repository;

    private final TransactionTemplate transactions;

    private final ApplicationEventPublisher events;

    private final ReservationMetrics metrics;

    private final ReservationProperties properties;

    private final Clock clock;

    ReservationExpiry(ReservationRepository repository, TransactionTemplate transactions, ApplicationEventPublisher events,
            ReservationMetrics metrics, ReservationProperties properties, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.events = events;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /** Expires overdue holds until none is left; answers how many. */
    int sweep() {
        return Batches.drain(properties.expiry().batch(), this::sweepBatch);
    }

    private int sweepBatch() {
        Integer expired = transactions.execute(status -> {
            List<Reservation> due = repository.findDueForExpiry(clock.instant(), properties.expiry().batch());
            for (Reservation reservation : due) {
                reservation.expire(clock);
                log.info("Reservation {} expired: court {} {} to {}, member {}, held until {}", reservation.id(),
                        reservation.courtId(), reservation.range().start(), reservation.range().end(),
                        reservation.memberId(), reservation.heldUntil());
            }
            repository.saveAll(due);
            if (!due.isEmpty()) {
                Set<UUID> courts = due.stream().map(Reservation::courtId).collect(Collectors.toSet());
                events.publishEvent(new CourtCalendarChanged(courts));
            }
            return due.size();
        });
        int count = expired == null ? 0 : expired;
        metrics.expired(count);
        return count;
    }
}
