package dev.rallypoint.match.matching;

import java.util.Objects;
import java.util.UUID;

/** A club and a slot at which a proposed match could be played, if a court of the club is free then. */
public record CourtTime(UUID clubId, Window slot) {

    public CourtTime {
        Objects.requireNonNull(clubId, "clubId");
        Objects.requireNonNull(slot, "slot");
    }
}
