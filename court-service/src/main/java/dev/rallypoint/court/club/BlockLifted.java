package dev.rallypoint.court.club;

import java.util.UUID;

/**
 * A manager lifted a block: its time on the court may be free again once the transaction commits
 * (the waitlist offers it). An in-process event, not a cross-service contract.
 */
public record BlockLifted(UUID clubId, UUID courtId, TimeRange range) {
}
