package dev.rallypoint.court.ticketing;

import dev.rallypoint.support.scheduling.Batches;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Frees the seats of holds whose time ran out unpaid. The database is the truth: a sweep takes the
 * overdue holds row-locked and skips those another instance is sweeping, so any number of instances
 * can run it (a hold attempt on an overdue seat also takes it over by itself). It also calls off
 * payments the wallet did not answer in time.
 */
@Component
class SeatExpiry {

    private static final Logger log = LoggerFactory.getLogger(SeatExpiry.class);

    private final SeatReservationRepository reservations;

    private final Seats seats;

    private final TransactionTemplate transactions;

    private final TicketingProperties properties;

    private final Clock clock;

    SeatExpiry(SeatReservationRepository reservations, Seats seats, TransactionTemplate transactions,
            TicketingProperties properties, Clock clock) {
        this.reservations = reservations;
        this.seats = seats;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Expires overdue seat holds and calls off unanswered payments until none is left; answers how many. */
    int sweep() {
        int batch = properties.expiry().batch();
        return Batches.drain(batch, this::sweepBatch) + Batches.drain(batch, this::abandonBatch);
    }

    private int abandonBatch() {
        Integer abandoned = transactions.execute(status -> {
            List<SeatReservation> unanswered = reservations.findUnansweredPayments(
                    clock.instant().minus(properties.paymentTimeout()), properties.expiry().batch());
            for (SeatReservation reservation : unanswered) {
                reservation.abandonPayment(clock);
                if (reservation.status() == SeatReservationStatus.HELD) {
                    seats.holdUntil(reservation, reservation.heldUntil());
                }
                else {
                    seats.release(reservation);
                }
                log.warn("Seat reservation {} payment {} called off: no answer from the wallet, now {}", reservation.id(),
                        reservation.paymentId(), reservation.status());
            }
            reservations.saveAll(unanswered);
            return unanswered.size();
        });
        return abandoned == null ? 0 : abandoned;
    }

    private int sweepBatch() {
        Integer expired = transactions.execute(status -> {
            List<SeatReservation> due = reservations.findDueForExpiry(clock.instant(), properties.expiry().batch());
            for (SeatReservation reservation : due) {
                reservation.expire(clock);
                seats.release(reservation);
                log.info("Seat reservation {} expired: seat {} of date {}, member {}, held until {}", reservation.id(),
                        reservation.seatNumber(), reservation.eventDateId(), reservation.memberId(),
                        reservation.heldUntil());
            }
            reservations.saveAll(due);
            return due.size();
        });
        return expired == null ? 0 : expired;
    }
}
