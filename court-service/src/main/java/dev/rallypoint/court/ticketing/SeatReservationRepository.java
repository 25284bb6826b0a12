package dev.rallypoint.court.ticketing;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SeatReservationRepository extends JpaRepository<SeatReservation, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SeatReservation r where r.id = :id")
    Optional<SeatReservation> findForUpdate(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SeatReservation r where r.paymentId = :paymentId")
    Optional<SeatReservation> findByPaymentForUpdate(UUID paymentId);

    /** The seats of a date a member holds, is paying for or bought. */
    @Query("""
            select count(r) from SeatReservation r
            where r.memberId = :memberId and r.eventDateId = :dateId
              and (r.status in (dev.rallypoint.court.ticketing.SeatReservationStatus.PAYMENT_PENDING,
                                dev.rallypoint.court.ticketing.SeatReservationStatus.RESERVED)
                   or (r.status = dev.rallypoint.court.ticketing.SeatReservationStatus.HELD and r.heldUntil > :now))""")
    int countLive(UUID memberId, UUID dateId, Instant now);

    /** The overdue hold of a seat that no sweep expired yet, locked. */
    @Query(value = """
            select * from seat_reservation
            where event_date_id = :dateId and seat_number = :seatNumber and status = 'HELD' and held_until <= :now
            for update""", nativeQuery = true)
    List<SeatReservation> findOverdueHoldOfSeat(UUID dateId, int seatNumber, Instant now);

    /** Overdue holds, locked, skipping those another sweep is expiring. */
    @Query(value = """
            select * from seat_reservation
            where status = 'HELD' and held_until <= :now
            order by held_until
            limit :batch
            for update skip locked""", nativeQuery = true)
    List<SeatReservation> findDueForExpiry(Instant now, int batch);

    /** Payments the wallet did not answer since {@code before}, locked, skipping those another sweep handles. */
    @Query(value = """
            select * from seat_reservation
            where status = 'PAYMENT_PENDING' and payment_requested_at <= :before
            order by payment_requested_at
            limit :batch
            for update skip locked""", nativeQuery = true)
    List<SeatReservation> findUnansweredPayments(Instant before, int batch);

    /** Live reservations of a date, locked, skipping those another settlement is working on. */
    @Query(value = """
            select * from seat_reservation
            where event_date_id = :dateId and status in ('HELD', 'PAYMENT_PENDING', 'RESERVED')
            order by id
            limit :batch
            for update skip locked""", nativeQuery = true)
    List<SeatReservation> findLiveOfDateForUpdate(UUID dateId, int batch);

    @Query(value = """
            select count(*) from seat_reservation
            where event_date_id = :dateId and status in ('HELD', 'PAYMENT_PENDING', 'RESERVED')""", nativeQuery = true)
    int countLiveOfDate(UUID dateId);

    Page<SeatReservation> findByEventId(UUID eventId, Pageable pageable);

    Page<SeatReservation> findByEventIdAndStatus(UUID eventId, SeatReservationStatus status, Pageable pageable);

    Page<SeatReservation> findByMemberId(UUID memberId, Pageable pageable);

    Page<SeatReservation> findByMemberIdAndStatus(UUID memberId, SeatReservationStatus status, Pageable pageable);
}
