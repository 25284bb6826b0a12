package dev.rallypoint.court.backoffice;

import java.util.List;
import java.util.UUID;

/** A member's reliability record. */
record ReliabilityView(UUID memberId, long checkIns, long noShows, double score, List<Reliability.Suspension> suspensions) {

    static ReliabilityView of(Reliability reliability) {
        return new ReliabilityView(reliability.memberId(), reliability.checkIns(), reliability.noShows(),
                reliability.score(), reliability.suspensions());
    }
}
