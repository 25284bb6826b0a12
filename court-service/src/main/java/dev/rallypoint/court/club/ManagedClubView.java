package dev.rallypoint.court.club;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A club as its managers and admins see it: with who manages it. */
record ManagedClubView(UUID id, String name, String address, String region, String timeZone, int slotMinutes,
        List<OpeningHours> openingHours, BookingRules bookingRules, List<PriceRule> priceRules, Set<UUID> managers) {

    static ManagedClubView from(Club club) {
        ClubView view = ClubView.from(club);
        return new ManagedClubView(view.id(), view.name(), view.address(), view.region(), view.timeZone(),
                view.slotMinutes(), view.openingHours(), view.bookingRules(), view.priceRules(), club.managers());
    }
}
