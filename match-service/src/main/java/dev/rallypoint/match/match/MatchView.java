package dev.rallypoint.match.match;

import dev.rallypoint.match.matching.GameType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A match as its players see it. */
record MatchView(UUID id, GameType gameType, UUID clubId, UUID courtId, UUID reservationId, Instant startsAt,
        Instant endsAt, MatchStatus status, List<UUID> teamOne, List<UUID> teamTwo, Instant formedAt, Instant confirmBy, List<UUID> confirmed, Integer winner,
        String score) {

    static MatchView from(Match match) {
        return new MatchView(match.id(), match.gameType(), match.clubId(), match.courtId(), match.reservationId(),
                match.startsAt(), match.endsAt(), match.status(), match.team(1), match.team(2), match.formedAt(),
                match.confirmBy(), match.confirmed(), match.winner(), match.score());
    }
}
