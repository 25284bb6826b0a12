package dev.rallypoint.user.wallet;

import dev.rallypoint.common.id.Uuids;
import java.time.Clock;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wallet's use cases: a member charges points and reads the balance and ledger. A wallet is
 * opened on its first change; every change holds the wallet's row lock until it commits.
 */
@Component
class Wallets {

    private final WalletRepository wallets;

    private final LedgerEntryRepository entries;

    private final Clock clock;

    Wallets(WalletRepository wallets, LedgerEntryRepository entries, Clock clock) {
        this.wallets = wallets;
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional
    LedgerEntry charge(UUID userId, Points amount) {
        Wallet wallet = lock(userId);
        UUID chargeId = Uuids.timeOrdered(clock);
        return entries.save(wallet.charge(amount, chargeId, "charge/" + chargeId, clock.instant()));
    }

    @Transactional(readOnly = true)
    Wallet find(UUID userId) {
        return wallets.findById(userId).orElseGet(() -> Wallet.empty(userId, clock.instant()));
    }

    @Transactional(readOnly = true)
    Page<LedgerEntry> ledger(UUID userId, int page, int size) {
        return entries.findByWalletIdOrderBySequenceDesc(userId, PageRequest.of(page, size));
    }

    @Transactional(readOnly = true)
    LedgerEntry entry(UUID userId, UUID entryId) {
        return entries.findByIdAndWalletId(entryId, userId).orElseThrow(() -> new LedgerEntryNotFound(entryId));
    }

    /** The member's wallet, opened if it is the first use, locked until the transaction ends. */
    Wallet lock(UUID userId) {
        return wallets.findLocked(userId).orElseGet(() -> {
            wallets.openIfAbsent(userId, clock.instant());
            return wallets.findLocked(userId).orElseThrow();
        });
    }
}
