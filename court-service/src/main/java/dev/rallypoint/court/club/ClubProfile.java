package dev.rallypoint.court.club;

import java.time.ZoneId;
import java.util.Objects;

/** How a club presents itself: name, address, the region members search by, and its time zone. */
public record ClubProfile(String name, String address, String region, ZoneId zone) {

    public ClubProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(zone, "zone");
    }
}
