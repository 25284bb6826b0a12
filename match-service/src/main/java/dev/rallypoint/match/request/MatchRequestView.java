package dev.rallypoint.match.request;

import dev.rallypoint.match.matching.GameType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A match request as its player and partner see it; windows in the request's zone. */
record MatchRequestView(UUID id, UUID playerId, UUID partnerId, GameType gameType, BigDecimal level,
        BigDecimal partnerLevel, BigDecimal minLevel, BigDecimal maxLevel, String zone, List<LocalWindow> windows,
        List<UUID> clubIds, RequestStatus status, UUID matchId, Instant createdAt) {

    record LocalWindow(LocalDateTime start, LocalDateTime end) {
    }

    static MatchRequestView from(MatchRequest request) {
        ZoneId zone = request.zone();
        List<LocalWindow> windows = request.windows().stream()
                .map(window -> new LocalWindow(LocalDateTime.ofInstant(window.start(), zone),
                        LocalDateTime.ofInstant(window.end(), zone)))
                .toList();
        return new MatchRequestView(request.id(), request.playerId(), request.partnerId(), request.gameType(),
                request.level(), request.partnerLevel(), request.minLevel(), request.maxLevel(), zone.getId(), windows,
                request.clubIds(), request.status(), request.matchId(), request.createdAt());
    }
}
