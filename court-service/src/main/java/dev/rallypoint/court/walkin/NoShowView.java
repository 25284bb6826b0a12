package dev.rallypoint.court.walkin;

import java.time.Instant;
import java.util.UUID;

/** One line of a club's no-show list. */
record NoShowView(UUID id, UUID walkInId, UUID memberId, String phone, Instant recordedAt) {

    static NoShowView from(NoShow noShow) {
        return new NoShowView(noShow.id(), noShow.walkInId(), noShow.memberId(), noShow.phone(), noShow.recordedAt());
    }
}
