package dev.rallypoint.court.reservation;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.querydsl.QuerydslPredicateExecutor;

interface ReservationRepository extends JpaRepository<Reservation, UUID>, QuerydslPredicateExecutor<Reservation> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Reservation r where r.id = :id")
    Optional<Reservation> findForUpdate(UUID id);

    /** Holds of a court overlapping a range whose deadline passed but that no sweep expired yet. */
    @Query(value = """
            select * from reservation
            where court_id = :courtId and status = 'HELD' and held_until <= :now
              and tstzrange(starts_at, ends_at, '[)') && tstzrange(:start, :end, '[)')
            for update skip locked""", nativeQuery = true)
    List<Reservation> findOverdueOverlapping(UUID courtId, Instant start, Instant end, Instant now);

    /** The next overdue holds to expire, skipping those another sweeper or request is working on. */
    @Query(value = """
            select * from reservation
            where status = 'HELD' and held_until <= :now
            order by held_until
            limit :limit
            for update skip locked""", nativeQuery = true)
    List<Reservation> findDueForExpiry(Instant now, int limit);

    /** Active reservations of a court overlapping a window, for availability. */
    @Query("""
            select r from Reservation r
            where r.courtId = :courtId and r.startsAt < :end and r.endsAt > :start
              and r.status in (dev.rallypoint.court.reservation.ReservationStatus.HELD,
                               dev.rallypoint.court.reservation.ReservationStatus.PAYMENT_PENDING,
                               dev.rallypoint.court.reservation.ReservationStatus.CONFIRMED)
            order by r.startsAt""")
    List<Reservation> findActiveOverlapping(UUID courtId, Instant start, Instant end);

    /** Whether another active reservation occupies (part of) a range of a court. */
    @Query(value = """
            select exists(select 1 from reservation
            where court_id = :courtId and id <> :self and status in ('HELD', 'PAYMENT_PENDING', 'CONFIRMED')
              and tstzrange(starts_at, ends_at, '[)') && tstzrange(:start, :end, '[)'))""", nativeQuery = true)
    boolean occupiedByOther(UUID courtId, Instant start, Instant end, UUID self);
}
