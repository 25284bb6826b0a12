package dev.rallypoint.match.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An open request as the matcher sees it: one player (or a doubles pair asking together), the levels the
 * request accepts in others, the windows and clubs it accepts, and when it was made (older goes first).
 */
public record Candidate(UUID requestId, GameType gameType, List<Player> players, double minLevel, double maxLevel,
        List<Window> windows, List<UUID> clubs, Instant createdAt) {

    public Candidate {
        players = List.copyOf(players);
        windows = List.copyOf(windows);
        clubs = List.copyOf(clubs);
        if (players.isEmpty() || players.size() > 2 || (players.size() == 2 && gameType != GameType.DOUBLES)) {
            throw new IllegalArgumentException("A request is one player, or a doubles pair");
        }
        if (minLevel > maxLevel) {
            throw new IllegalArgumentException("The level range is empty");
        }
    }

    /** A player with the level the matcher compares and balances by. */
    public record Player(UUID id, double level) {
    }

    /** Whether this request accepts a player of that level as a partner or opponent. */
    boolean accepts(Player player) {
        return player.level() >= minLevel && player.level() <= maxLevel;
    }

    /** Whether both requests accept each other's players. */
    boolean mutuallyAccepts(Candidate other) {
        return other.players.stream().allMatch(this::accepts) && players.stream().allMatch(other::accepts);
    }
}
