package dev.rallypoint.court.waitlist;

import java.time.Instant;
import java.util.UUID;

/** A waitlist entry as its member, the club's managers and admins see it; the offer fields are set once offered. */
record WaitlistView(UUID id, UUID memberId, UUID clubId, UUID courtId, Instant from, Instant to, int minutes,
        int partySize, WaitlistStatus status, UUID reservationId, UUID offerCourtId, Instant offerStartsAt,
        Instant offerEndsAt, Instant offerExpiresAt, Instant createdAt, Instant updatedAt) {

    static WaitlistView from(WaitlistEntry entry) {
        return new WaitlistView(entry.id(), entry.memberId(), entry.clubId(), entry.courtId().orElse(null),
                entry.window().start(), entry.window().end(), (int) entry.length().toMinutes(), entry.partySize(),
                entry.status(), entry.reservationId().orElse(null), entry.offerCourtId(),
                entry.offered().map(range -> range.start()).orElse(null), entry.offered().map(range -> range.end()).orElse(null),
                entry.offerExpiresAt(), entry.createdAt(), entry.updatedAt());
    }
}
