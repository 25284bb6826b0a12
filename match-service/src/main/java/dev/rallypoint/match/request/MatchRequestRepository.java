package dev.rallypoint.match.request;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MatchRequestRepository extends JpaRepository<MatchRequest, UUID> {

    @Query(value = "select id from match_request where status = 'OPEN' order by created_at, id limit :limit",
            nativeQuery = true)
    List<UUID> findOldestOpen(int limit);

    /** Those of the requests that are open and that no other transaction holds, now locked by this one. */
    @Query(value = "select id from match_request where id in (:ids) and status = 'OPEN' for update skip locked",
            nativeQuery = true)
    List<UUID> lockOpen(Collection<UUID> ids);

    /** Expires the open requests whose every window ended by {@code now}, closing their windows. */
    @Modifying
    @Query(value = """
            with expired as (
                update match_request r set status = 'EXPIRED', closed_at = :now, version = version + 1
                where status = 'OPEN'
                  and not exists (select 1 from match_request_window w where w.request_id = r.id and w.ends_at > :now)
                returning id)
            update match_request_window set open = false where request_id in (select id from expired)""",
            nativeQuery = true)
    int expireWithoutWindowAfter(Instant now);

    @Query("select distinct r from MatchRequest r left join fetch r.windows where r.id in :ids")
    List<MatchRequest> findWithWindows(Collection<UUID> ids);

    @Query("select r from MatchRequest r left join fetch r.windows where r.id = :id")
    Optional<MatchRequest> findWithWindows(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from MatchRequest r where r.id = :id")
    Optional<MatchRequest> findForUpdate(UUID id);

    @Query("""
            select distinct r from MatchRequest r left join fetch r.windows
            where r.playerId = :player or r.partnerId = :player order by r.createdAt desc""")
    List<MatchRequest> findMine(UUID player);

    /** Whether the player has an open window overlapping this time (another request asked since). */
    @Query(value = """
            select exists (select 1 from match_request_window where player_id = :player and open
                           and tstzrange(starts_at, ends_at) && tstzrange(:startsAt, :endsAt))""", nativeQuery = true)
    boolean hasOpenWindowOverlapping(UUID player, Instant startsAt, Instant endsAt);
}
