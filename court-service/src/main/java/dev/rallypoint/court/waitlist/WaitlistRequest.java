package dev.rallypoint.court.waitlist;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * Joining the waitlist: a court or a club (exactly one), a window, how many minutes to play inside it
 * (the whole window when absent) and the party's size.
 */
record WaitlistRequest(UUID courtId, UUID clubId, @NotNull Instant from, @NotNull Instant to,
        @Min(1) @Max(1440) Integer minutes, @NotNull @Min(1) @Max(8) Integer partySize) {
}
