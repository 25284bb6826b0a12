package dev.rallypoint.match.match;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How the court's price is shared: evenly, in whole points; the remainder ({@code price mod players}, at most
 * one point less than the number of players) is paid by the player the court is held for, whose hold it is.
 * A share of 0 points (a price below the number of players) is not requested.
 */
final class SplitPolicy {

    private SplitPolicy() {
    }

    /** Each player's share, in the players' order; the shares add up to the price. */
    static Map<UUID, Long> shares(long price, List<UUID> players, UUID bookedFor) {
        if (price < 0 || players.isEmpty()) {
            throw new IllegalArgumentException("cannot split " + price + " points between " + players.size());
        }
        long each = price / players.size();
        long remainder = price % players.size();
        UUID payingRemainder = players.contains(bookedFor) ? bookedFor : players.getFirst();
        Map<UUID, Long> shares = new LinkedHashMap<>();
        for (UUID player : players) {
            shares.put(player, each + (player.equals(payingRemainder) ? remainder : 0));
        }
        return shares;
    }
}
