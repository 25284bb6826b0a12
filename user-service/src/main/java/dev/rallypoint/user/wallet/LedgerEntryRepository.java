package dev.rallypoint.user.wallet;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LedgerEntryRepository extends JpaRepository<LedgerEntry, UUID> {

    /** Newest first. */
    Page<LedgerEntry> findByWalletIdOrderBySequenceDesc(UUID walletId, Pageable page);

    Optional<LedgerEntry> findByIdAndWalletId(UUID id, UUID walletId);

    Optional<LedgerEntry> findByTypeAndOperationId(EntryType type, UUID operationId);
}
