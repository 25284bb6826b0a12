package dev.rallypoint.user.wallet;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WalletRepository extends JpaRepository<Wallet, UUID> {

    /** The wallet, locked for this transaction: concurrent changes of one wallet wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from Wallet w where w.userId = :userId")
    Optional<Wallet> findLocked(@Param("userId") UUID userId);

    /** Creates the empty wallet of a member on first use; does nothing when it exists. */
    @Modifying
    @Query(value = """
            INSERT INTO wallet (user_id, balance, last_sequence, created_at, updated_at)
            VALUES (:userId, 0, 0, :now, :now) ON CONFLICT (user_id) DO NOTHING""", nativeQuery = true)
    int openIfAbsent(@Param("userId") UUID userId, @Param("now") Instant now);
}
