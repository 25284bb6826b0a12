package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.reservation.Reservation;
import java.time.Instant;
import java.util.UUID;

/** A reservation's check-in. */
record CheckInView(UUID reservationId, UUID memberId, UUID clubId, UUID courtId, Instant startsAt, Instant checkedInAt) {

    static CheckInView of(Reservation reservation) {
        return new CheckInView(reservation.id(), reservation.memberId(), reservation.clubId(), reservation.courtId(),
                reservation.range().start(), reservation.checkedInAt());
    }
}
