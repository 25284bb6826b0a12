package dev.rallypoint.match.leaderboard;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One page of an area's ranking; {@code total} counts every ranked player of the area.
 *
 * @param area the region asked for, {@code null} when the clubs were named
 * @param clubIds the area's clubs
 */
record Leaderboard(String area, Set<UUID> clubIds, int minMatches, List<Standing> standings, int page, int size,
        long total) {
}
