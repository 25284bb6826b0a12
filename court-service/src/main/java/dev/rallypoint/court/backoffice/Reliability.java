package dev.rallypoint.court.backoffice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member's attendance record: check-ins and no-shows counted, and the clubs whose online booking is
 * suspended for them (until when).
 */
record Reliability(UUID memberId, long checkIns, long noShows, List<Suspension> suspensions) {

    /** The share of recorded outcomes that were check-ins, 1.0 with none recorded. */
    double score() {
        long total = checkIns + noShows;
        return total == 0 ? 1.0 : (double) checkIns / total;
    }

    record Suspension(UUID clubId, Instant until, int noShows) {
    }
}
