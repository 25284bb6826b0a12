package dev.rallypoint.market.trade;

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

interface TradeRepository extends JpaRepository<Trade, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Trade t where t.id = :id")
    Optional<Trade> findForUpdate(UUID id);

    Page<Trade> findByBuyerIdOrderByCreatedAtDesc(UUID buyerId, Pageable page);

    Page<Trade> findBySellerIdOrderByCreatedAtDesc(UUID sellerId, Pageable page);

    Page<Trade> findByStatusOrderByUpdatedAtAsc(TradeStatus status, Pageable page);

    /** Handed-over trades whose confirmation deadline passed, locked, skipping those another instance is confirming. */
    @Query(value = """
            select * from trade where status = 'HANDED_OVER' and confirm_by <= :now
            order by confirm_by limit :batch for update skip locked""", nativeQuery = true)
    List<Trade> findDueForConfirmation(Instant now, int batch);
}
