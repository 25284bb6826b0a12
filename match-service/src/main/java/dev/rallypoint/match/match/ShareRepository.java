package dev.rallypoint.match.match;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ShareRepository extends JpaRepository<Share, UUID> {

    /** The match a payment id is a share of; empty for payments of other services and features. */
    @Query("select s.matchId from Share s where s.paymentId = :paymentId")
    Optional<UUID> findMatchIdOf(UUID paymentId);

    List<Share> findByMatchIdAndAttempt(UUID matchId, int attempt);
}
