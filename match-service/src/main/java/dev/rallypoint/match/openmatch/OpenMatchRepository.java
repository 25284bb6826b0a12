package dev.rallypoint.match.openmatch;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OpenMatchRepository extends JpaRepository<OpenMatch, UUID> {

    /** The open match, its row locked until the transaction ends: joins and leaves of it go one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from OpenMatch o where o.id = :id")
    Optional<OpenMatch> lockById(UUID id);

    /** Open matches with places left that have not started, at the club (or anywhere), soonest first. */
    @Query("""
            select o from OpenMatch o where o.status = dev.rallypoint.match.openmatch.OpenMatchStatus.OPEN
            and o.startsAt > :now and (:club is null or o.clubId = :club)""")
    Page<OpenMatch> findOpen(UUID club, Instant now, Pageable pageable);

    /** The live open match of a reservation, if any, locked. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select o from OpenMatch o where o.reservationId = :reservation
            and o.status <> dev.rallypoint.match.openmatch.OpenMatchStatus.CANCELLED""")
    Optional<OpenMatch> lockLiveByReservation(UUID reservation);
}
