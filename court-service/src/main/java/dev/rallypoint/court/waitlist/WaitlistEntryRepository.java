package dev.rallypoint.court.waitlist;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WaitlistEntryRepository extends JpaRepository<WaitlistEntry, UUID> {

    /** The waiting entries a freed range of a court may serve, first come first served. */
    @Query(value = """
            select * from waitlist_entry
            where club_id = :clubId and status = 'WAITING' and (court_id is null or court_id = :courtId)
              and window_start > :now and window_start < :end and window_end > :start
            order by created_at, id
            limit :limit""", nativeQuery = true)
    List<WaitlistEntry> findWaitingFor(UUID clubId, UUID courtId, Instant start, Instant end, Instant now, int limit);

    /** Whether the member holds an offer overlapping a range, on any court. */
    @Query(value = """
            select exists(select 1 from waitlist_entry
            where member_id = :memberId and status = 'OFFERED'
              and tstzrange(offer_starts_at, offer_ends_at, '[)') && tstzrange(:start, :end, '[)'))""", nativeQuery = true)
    boolean hasOfferOverlapping(UUID memberId, Instant start, Instant end);

    @Query("""
            select count(e) from WaitlistEntry e where e.memberId = :memberId
              and e.status in (dev.rallypoint.court.waitlist.WaitlistStatus.WAITING,
                               dev.rallypoint.court.waitlist.WaitlistStatus.OFFERED)""")
    int countLive(UUID memberId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from WaitlistEntry e where e.id = :id")
    Optional<WaitlistEntry> findForUpdate(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from WaitlistEntry e where e.reservationId = :reservationId")
    Optional<WaitlistEntry> findByReservationIdForUpdate(UUID reservationId);

    Page<WaitlistEntry> findByMemberId(UUID memberId, Pageable page);

    Page<WaitlistEntry> findByClubId(UUID clubId, Pageable page);

    Page<WaitlistEntry> findByClubIdAndStatus(UUID clubId, WaitlistStatus status, Pageable page);

    Page<WaitlistEntry> findByStatus(WaitlistStatus status, Pageable page);

    /** Ends the waiting entries whose window began; one statement, so any number of instances may run it. */
    @Modifying
    @Query(value = """
            update waitlist_entry set status = 'EXPIRED', updated_at = :now, version = version + 1
            where status = 'WAITING' and window_start <= :now""", nativeQuery = true)
    int expireStarted(Instant now);
}
