package dev.rallypoint.court.club;

import java.util.List;
import java.util.UUID;

/** A club as members see it. */
record ClubView(UUID id, String name, String address, String region, String timeZone, int slotMinutes,
        List<OpeningHours> openingHours, BookingRules bookingRules, List<PriceRule> priceRules) {

    static ClubView from(Club club) {
        ClubProfile profile = club.profile();
        Schedule schedule = club.schedule();
        return new ClubView(club.id(), profile.name(), profile.address(), profile.region(), profile.zone().getId(),
                schedule.slotMinutes(), schedule.hours(), club.bookingRules(), club.priceRules());
    }
}
