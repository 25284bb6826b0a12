package dev.rallypoint.court.reservation;

import com.querydsl.core.BooleanBuilder;
import com.querydsl.core.types.Predicate;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * Which reservations a list shows. Every criterion is optional; {@code clubs}, when set, bounds the
 * result to those clubs (a manager's own).
 *
 * @param from reservations that end after this instant
 * @param to reservations that start before this instant
 */
record ReservationFilter(Collection<UUID> clubs, UUID clubId, UUID courtId, UUID memberId, ReservationStatus status,
        Instant from, Instant to) {

    static ReservationFilter ofMember(UUID memberId, ReservationStatus status) {
        return new ReservationFilter(null, null, null, memberId, status, null, null);
    }

    ReservationFilter within(Collection<UUID> clubIds) {
        return new ReservationFilter(clubIds, clubId, courtId, memberId, status, from, to);
    }

    Predicate toPredicate() {
        QReservation reservation = QReservation.reservation;
        BooleanBuilder where = new BooleanBuilder();
        if (clubs != null) {
            where.and(reservation.clubId.in(clubs));
        }
        if (clubId != null) {
            where.and(reservation.clubId.eq(clubId));
        }
        if (courtId != null) {
            where.and(reservation.courtId.eq(courtId));
        }
        if (memberId != null) {
            where.and(reservation.memberId.eq(memberId));
        }
        if (status != null) {
            where.and(reservation.status.eq(status));
        }
        if (from != null) {
            where.and(reservation.endsAt.gt(from));
        }
        if (to != null) {
            where.and(reservation.startsAt.lt(to));
        }
        return where;
    }
}
