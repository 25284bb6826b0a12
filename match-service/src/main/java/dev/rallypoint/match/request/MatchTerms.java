package dev.rallypoint.match.request;

import dev.rallypoint.match.matching.GameType;
import dev.rallypoint.match.matching.Window;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * What a player asks for, already parsed: the level they play at (never above their profile's), the levels
 * they accept, when (as real time; {@code zone} is the clubs' zone the windows were entered in) and where.
 */
record MatchTerms(GameType gameType, BigDecimal level, BigDecimal minLevel, BigDecimal maxLevel, ZoneId zone,
        List<Window> windows, List<UUID> clubIds, UUID partnerId, BigDecimal partnerLevel) {

    MatchTerms {
        windows = List.copyOf(windows);
        clubIds = List.copyOf(clubIds);
    }
}
