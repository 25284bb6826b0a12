package dev.rallypoint.court.club;

import java.time.Instant;
import java.util.UUID;

/** A block of a court, for its managers. */
record BlockView(UUID id, UUID courtId, BlockReason reason, String note, Instant startsAt, Instant endsAt) {

    static BlockView from(Block block) {
        return new BlockView(block.id(), block.courtId(), block.reason(), block.note(), block.range().start(),
                block.range().end());
    }
}
