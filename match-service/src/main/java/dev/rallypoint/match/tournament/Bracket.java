package dev.rallypoint.match.tournament;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Single elimination, pure arithmetic. The draw has the next power of two of places; seeds are placed in
 * the standard order (1 meets 8, 4 meets 5, 2 meets 7, 3 meets 6 …, so the top two can only meet in the final),
 * the places beyond the entrants are byes that the top seeds get, and a bye's game is won at once.
 */
final class Bracket {

    static final String BYE = "bye";

    private Bracket() {
    }

    /** Every game of the draw, round by round, with the seeded entrants (best first) in the first round. */
    static List<Game> draw(List<UUID> seeded) {
        int size = Integer.highestOneBit(seeded.size() - 1) << 1;
        int[] order = seedOrder(size);
        List<Game> games = new ArrayList<>();
        for (int slot = 0; slot < size / 2; slot++) {
            games.add(new Game(1, slot, entrant(seeded, order[2 * slot]), entrant(seeded, order[2 * slot + 1]), null, null));
        }
        for (int round = 2, count = size / 4; count >= 1; round++, count /= 2) {
            for (int slot = 0; slot < count; slot++) {
                games.add(new Game(round, slot, null, null, null, null));
            }
        }
        for (Game game : List.copyOf(games)) {
            if (game.round() == 1 && (game.playerOne() == null || game.playerTwo() == null)) {
                games = record(games, game.round(), game.slot(),
                        game.playerOne() != null ? game.playerOne() : game.playerTwo(), BYE);
            }
        }
        return games;
    }

    /** The draw after {@code winner} won the game, who moves on to the next round's game. */
    static List<Game> record(List<Game> games, int round, int slot, UUID winner, String score) {
        List<Game> next = new ArrayList<>(games);
        int at = indexOf(next, round, slot);
        next.set(at, next.get(at).won(winner, score));
        int following = indexOf(next, round + 1, slot / 2);
        if (following >= 0) {
            next.set(following, next.get(following).with(winner, slot % 2 == 0));
        }
        return next;
    }

    /** The number of rounds of the draw. */
    static int rounds(List<Game> games) {
        return games.stream().mapToInt(Game::round).max().orElse(0);
    }

    /**
     * Final places so far: the champion 1, the runner-up 2, losers of the semi-finals 3, of the quarter-finals 5
     * and so on (2^(rounds − round) + 1, shared); players still in have no place yet. A bye loses nobody.
     */
    static Map<UUID, Integer> standings(List<Game> games) {
        int rounds = rounds(games);
        Map<UUID, Integer> places = new LinkedHashMap<>();
        games.stream().filter(game -> game.round() == rounds && game.decided())
                .forEach(last -> places.put(last.winner(), 1));
        for (int round = rounds; round >= 1; round--) {
            int place = (1 << (rounds - round)) + 1;
            for (Game game : games) {
                if (game.round() == round && game.decided() && game.loser() != null) {
                    places.put(game.loser(), place);
                }
            }
        }
        return places;
    }

    static int indexOf(List<Game> games, int round, int slot) {
        for (int i = 0; i < games.size(); i++) {
            if (games.get(i).round() == round && games.get(i).slot() == slot) {
                return i;
            }
        }
        return -1;
    }

    private static UUID entrant(List<UUID> seeded, int seed) {
        return seed <= seeded.size() ? seeded.get(seed - 1) : null;
    }

    /** Seeds (1-based) in draw order: [1, 2] → [1, 4, 2, 3] → [1, 8, 4, 5, 2, 7, 3, 6] … */
    static int[] seedOrder(int size) {
        int[] order = { 1 };
        while (order.length < size) {
            int length = order.length * 2;
            int[] next = new int[length];
            for (int i = 0; i < order.length; i++) {
                next[2 * i] = order[i];
                next[2 * i + 1] = length + 1 - order[i];
            }
            order = next;
        }
        return order;
    }
}
