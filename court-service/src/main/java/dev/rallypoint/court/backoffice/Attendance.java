package dev.rallypoint.court.backoffice;

import dev.rallypoint.common.event.court.ReservationHeld;
import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.NotClubManager;
import dev.rallypoint.court.reservation.Reservation;
import dev.rallypoint.court.reservation.ReservationAttendance;
import dev.rallypoint.court.reservation.ReservationNotFound;
import dev.rallypoint.court.reservation.ReservationStatus;
import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The use cases of attendance: members and the desk check in, the no-show job marks who did not
 * come, the completion job records who played. Each outcome counts in the member's reliability record
 * in the same transaction; enough no-shows suspend the member's online booking in the club.
 */
@Component
class Attendance {

    private static final Logger log = LoggerFactory.getLogger(Attendance.class);

    private final ReservationAttendance reservations;

    private final AttendanceRules rules;

    private final AttendanceRecords records;

    private final CheckInCodes codes;

    private final Clubs clubs;

    private final TransactionTemplate transactions;

    private final Clock clock;

    Attendance(ReservationAttendance reservations, AttendanceRules rules, AttendanceRecords records, CheckInCodes codes,
            Clubs clubs, TransactionTemplate transactions, Clock clock) {
        this.reservations = reservations;
        this.rules = rules;
        this.records = records;
        this.codes = codes;
        this.clubs = clubs;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The member checks in for their own reservation. */
    CheckInView checkIn(Caller caller, UUID reservationId) {
        return transactions.execute(status -> {
            Reservation reservation = reservations.locked(reservationId);
            if (!caller.is(reservation.memberId())) {
                throw new ReservationNotFound(reservationId);
            }
            return checkIn(reservation, caller);
        });
    }

    /** The desk checks a member in, by the reservation. */
    CheckInView checkInAtDesk(Caller caller, UUID reservationId) {
        return transactions.execute(status -> {
            Reservation reservation = reservations.locked(reservationId);
            requireManager(caller, reservation.clubId());
            return checkIn(reservation, caller);
        });
    }

    /** The desk checks a member in by the code the member shows. */
    CheckInView checkInByCode(Caller caller, UUID clubId, String code) {
        requireManager(caller, clubId);
        return transactions.execute(status -> {
            UUID reservationId = codes.reservationOf(clubId, code).orElseThrow(() -> new CheckInCodeNotFound(code));
            return checkIn(reservations.locked(reservationId), caller);
        });
    }

    /** The code the member shows at the desk for a confirmed reservation of theirs. */
    CheckInCodeView codeFor(Caller caller, UUID reservationId) {
        return transactions.execute(status -> {
            Reservation reservation = reservations.locked(reservationId);
            if (!caller.is(reservation.memberId())) {
                throw new ReservationNotFound(reservationId);
            }
            if (reservation.status() != ReservationStatus.CONFIRMED) {
                throw new NoCheckInCode(reservation.status());
            }
            AttendanceRule rule = rules.of(reservation.clubId());
            Instant start = reservation.range().start();
            return new CheckInCodeView(reservationId, codes.codeOf(reservation), start.minus(rule.checkInOpens()),
                    start.plus(rule.checkInCloses()));
        });
    }

    private CheckInView checkIn(Reservation reservation, Caller caller) {
        AttendanceRule rule = rules.of(reservation.clubId());
        boolean already = reservation.checkedInAt() != null;
        reservations.checkIn(reservation, rule.checkInOpens(), rule.checkInCloses());
        if (!already) {
            records.record(reservation, AttendanceRecords.Outcome.CHECKED_IN, reservation.checkedInAt());
            codes.forget(reservation.id());
            log.info("Reservation {} checked in by {}", reservation.id(), caller.subject());
        }
        return CheckInView.of(reservation);
    }

    /**
     * Marks the reservation a no-show if it still is one under its club's rule at {@code now}; answers
     * whether it did. Runs inside the caller's (the job's chunk) transaction.
     */
    boolean markNoShowIfDue(UUID reservationId, Instant now) {
        Reservation reservation = reservations.locked(reservationId);
        AttendanceRule rule = rules.of(reservation.clubId());
        if (!rule.enabled() || reservation.status() != ReservationStatus.CONFIRMED || reservation.checkedInAt() != null
                || now.isBefore(rule.noShowAt(reservation.range().start()))) {
            return false;
        }
        long kept = rule.noShowPolicy().kept(reservation.price());
        reservations.markNoShow(reservation, kept);
        records.record(reservation, AttendanceRecords.Outcome.NO_SHOW, now);
        codes.forget(reservationId);
        int noShows = records.noShowsSince(reservation.memberId(), reservation.clubId(), now.minus(rule.window()));
        Instant until = rule.suspendedUntil(noShows, now);
        if (until != null) {
            records.suspend(reservation.memberId(), reservation.clubId(), until, noShows);
            log.info("Member {} suspended from online booking in club {} until {}: {} no-shows", reservation.memberId(),
                    reservation.clubId(), until, noShows);
        }
        log.info("Reservation {} was a no-show: {} of {} points kept", reservationId, kept, reservation.price());
        return true;
    }

    /** Completes a confirmed reservation that is over; answers whether it did. Inside the caller's transaction. */
    boolean completeIfOver(UUID reservationId, Instant now) {
        Reservation reservation = reservations.locked(reservationId);
        if (reservation.status() != ReservationStatus.CONFIRMED || now.isBefore(reservation.range().end())) {
            return false;
        }
        reservations.complete(reservation);
        return true;
    }

    /**
     * A member suspended from online booking in a club is refused a new hold there: thrown inside the
     * hold's transaction, this rolls it back and answers 403.
     */
    @EventListener
    void on(ReservationHeld held) {
        records.suspendedUntil(held.memberId(), held.clubId(), clock.instant()).ifPresent(until -> {
            throw new OnlineBookingSuspended(held.clubId(), until);
        });
    }

    Reliability reliability(UUID memberId, UUID clubId) {
        return records.of(memberId, clubId, clock.instant());
    }

    private void requireManager(Caller caller, UUID clubId) {
        if (!clubs.manages(caller, clubId)) {
            throw new NotClubManager(clubId);
        }
    }
}
