package dev.rallypoint.user.wallet;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EscrowRepository extends JpaRepository<Escrow, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Escrow e where e.tradeId = :tradeId")
    Optional<Escrow> findLocked(UUID tradeId);
}
