package dev.rallypoint.court.walkin;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WalkInRepository extends JpaRepository<WalkIn, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from WalkIn w where w.id = :id")
    Optional<WalkIn> findForUpdate(UUID id);

    @Query(value = "select coalesce(max(ticket), 0) + 1 from walk_in where club_id = :clubId and business_date = :date",
            nativeQuery = true)
    int nextTicket(UUID clubId, LocalDate date);

    @Query(value = """
            select exists(select 1 from walk_in where club_id = :clubId and business_date = :date and member_id = :memberId
              and status in ('WAITING', 'FIRST_CALLED', 'FINAL_CALLED', 'COMING', 'ARRIVED'))""", nativeQuery = true)
    boolean hasLiveEntry(UUID clubId, LocalDate date, UUID memberId);

    /** The position of a ticket among the club day's active entries. */
    @Query(value = """
            select count(*) from walk_in where club_id = :clubId and business_date = :date and ticket <= :ticket
              and status in ('WAITING', 'FIRST_CALLED', 'FINAL_CALLED', 'COMING', 'ARRIVED')""", nativeQuery = true)
    int positionOf(UUID clubId, LocalDate date, int ticket);

    List<WalkIn> findByClubIdAndBusinessDateOrderByTicket(UUID clubId, LocalDate date);

    @Query(value = """
            select * from walk_in where status in ('WAITING', 'FIRST_CALLED', 'FINAL_CALLED', 'COMING', 'ARRIVED')""",
            nativeQuery = true)
    List<WalkIn> findActive();

    /** Calls whose answer time ran out, skipping those another instance is handling. */
    @Query(value = """
            select * from walk_in
            where answer_due <= :now and status in ('FIRST_CALLED', 'FINAL_CALLED')
            order by answer_due
            limit :limit
            for update skip locked""", nativeQuery = true)
    List<WalkIn> findUnanswered(Instant now, int limit);

    /** When the club's last parties entered today, newest first. */
    @Query(value = """
            select updated_at from walk_in
            where club_id = :clubId and business_date = :date and status = 'ENTERED'
            order by updated_at desc limit 11""", nativeQuery = true)
    List<Instant> lastEntries(UUID clubId, LocalDate date);
}
