package dev.rallypoint.court.reservation;

import dev.rallypoint.court.Actor;
import dev.rallypoint.court.club.BookingRules;
import java.time.Instant;

/**
 * What a cancellation costs. Nothing for an unpaid hold, nothing when staff cancel, nothing when a
 * member cancels before the club's deadline; after it, the club's fee percentage of the price.
 */
record CancellationPolicy(BookingRules rules) {

    long feeFor(Reservation reservation, Actor by, Instant now) {
        if (by != Actor.MEMBER || reservation.status() != ReservationStatus.CONFIRMED) {
            return 0;
        }
        Instant deadline = reservation.range().start().minus(rules.cancellationDeadline());
        if (now.isBefore(deadline)) {
            return 0;
        }
        return Math.multiplyExact(reservation.price(), rules.cancellationFeePercent()) / 100;
    }
}
