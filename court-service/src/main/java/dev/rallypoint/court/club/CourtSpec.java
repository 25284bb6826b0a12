package dev.rallypoint.court.club;

import java.util.Objects;

/** What a court is: its name in the club, surface, roof and base price per slot in points. */
public record CourtSpec(String name, Surface surface, boolean indoor, long basePrice) {

    public CourtSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(surface, "surface");
        if (basePrice < 0) {
            throw new InvalidSchedule("base-price");
        }
    }
}
