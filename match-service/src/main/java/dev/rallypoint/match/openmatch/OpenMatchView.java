package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.matching.GameType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** An open match as any member sees it, with who took its places. */
record OpenMatchView(UUID id, UUID publisherId, boolean publisherPlays, UUID reservationId, UUID clubId, UUID courtId,
        GameType gameType, BigDecimal minLevel, BigDecimal maxLevel, int places, int placesLeft, Instant startsAt,
        Instant endsAt, Instant leaveBy, OpenMatchStatus status, CancelReason cancelReason, List<UUID> players) {

    static OpenMatchView from(OpenMatch match) {
        return new OpenMatchView(match.id(), match.publisherId(), match.publisherPlays(), match.reservationId(),
                match.clubId(), match.courtId(), match.gameType(), match.minLevel(), match.maxLevel(), match.places(),
                match.places() - match.taken(), match.startsAt(), match.endsAt(), match.leaveBy(), match.status(),
                match.cancelReason(),
                match.players().stream().sorted(Comparator.comparing(Place::joinedAt)).map(Place::playerId).toList());
    }
}
