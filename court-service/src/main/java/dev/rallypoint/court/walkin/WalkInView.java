package dev.rallypoint.court.walkin;

import java.time.Instant;
import java.util.UUID;

/**
 * A walk-in entry as its party and the desk see it: ticket of the day, state, and while it is active
 * its position in the queue and the estimated wait ({@code parties ahead × minutes per party}).
 */
record WalkInView(UUID id, UUID clubId, int ticket, WalkInStatus status, UUID memberId, int partySize, Integer position,
        Integer estimatedWaitMinutes, Instant answerDue, Instant expectedArrival, Instant createdAt) {

    static WalkInView of(WalkIn walkIn, Integer position, int minutesPerParty) {
        return new WalkInView(walkIn.id(), walkIn.clubId(), walkIn.ticket(), walkIn.status(),
                walkIn.memberId().orElse(null), walkIn.partySize(), position,
                position == null ? null : (position - 1) * minutesPerParty, walkIn.answerDue(), walkIn.expectedArrival(),
                walkIn.createdAt());
    }

    static WalkInView of(WalkInBoard.Posted posted, int defaultMinutesPerParty) {
        int perParty = posted.minutesPerParty() == null ? defaultMinutesPerParty : posted.minutesPerParty();
        return new WalkInView(posted.id(), posted.clubId(), posted.ticket(), posted.status(), posted.memberId(),
                posted.partySize(), posted.position(), (posted.position() - 1) * perParty, posted.answerDue(),
                posted.expectedArrival(), posted.createdAt());
    }
}
