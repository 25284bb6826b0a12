package dev.rallypoint.match.match;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MatchRepository extends JpaRepository<Match, UUID> {

    @Query("""
            select distinct m from Match m join fetch m.players
            where m.id in (select p.id from Match p join p.players q where q.playerId = :player)
            order by m.startsAt desc""")
    List<Match> findByPlayer(UUID player);

    @Query("select m from Match m join fetch m.players where m.id = :id")
    Optional<Match> findWithPlayers(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Match m where m.id = :id")
    Optional<Match> findForUpdate(UUID id);

    /** Locks up to {@code limit} matches still awaiting confirmations past their deadline, skipping locked ones. */
    @Query(value = """
            select id from matches where status = 'FORMED' and confirm_by <= :now
            order by confirm_by limit :limit for update skip locked""", nativeQuery = true)
    List<UUID> lockOverdue(Instant now, int limit);

    /** Locks up to {@code limit} matches whose split payment is overdue, skipping locked ones. */
    @Query(value = """
            select id from matches where status = 'PAYMENT_PENDING' and payment_due <= :now
            order by payment_due limit :limit for update skip locked""", nativeQuery = true)
    List<UUID> lockOverduePayments(Instant now, int limit);
}
