package dev.rallypoint.match.tournament;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * One game of a bracket: round 1 is the first, {@code slot} counts from 0 within the round. A side is
 * {@code null} while it waits for the winner of the round before, or for good when it is a bye.
 */
@Embeddable
record Game(@Column(name = "round") int round, @Column(name = "slot") int slot, @Column(name = "player_one") UUID playerOne,
        @Column(name = "player_two") UUID playerTwo, @Column(name = "winner") UUID winner, @Column(name = "score") String score) {

    boolean decided() {
        return winner != null;
    }

    boolean ready() {
        return playerOne != null && playerTwo != null && winner == null;
    }

    boolean has(UUID player) {
        return player.equals(playerOne) || player.equals(playerTwo);
    }

    UUID loser() {
        return winner == null ? null : winner.equals(playerOne) ? playerTwo : playerOne;
    }

    Game won(UUID by, String finalScore) {
        return new Game(round, slot, playerOne, playerTwo, by, finalScore);
    }

    Game with(UUID player, boolean first) {
        return first ? new Game(round, slot, player, playerTwo, winner, score)
                : new Game(round, slot, playerOne, player, winner, score);
    }
}
