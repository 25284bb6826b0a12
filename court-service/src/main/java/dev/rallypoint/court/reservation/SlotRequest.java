package dev.rallypoint.court.reservation;

import dev.rallypoint.court.club.TimeRange;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** A court and a time range of whole slots, to hold or to move a reservation to. */
record SlotRequest(@NotNull UUID courtId, @NotNull Instant startsAt, @NotNull Instant endsAt) {

    TimeRange range() {
        return new TimeRange(startsAt, endsAt);
    }
}
