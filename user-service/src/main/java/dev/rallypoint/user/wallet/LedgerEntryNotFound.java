package dev.rallypoint.user.wallet;

import java.util.UUID;

/** No ledger entry with this id in the caller's wallet. */
class LedgerEntryNotFound extends RuntimeException {

    LedgerEntryNotFound(UUID entryId) {
        super("No ledger entry " + entryId);
    }
}
