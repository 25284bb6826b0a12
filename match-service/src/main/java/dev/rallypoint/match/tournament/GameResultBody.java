package dev.rallypoint.match.tournament;

import dev.rallypoint.match.match.Score;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A game's sets as games of player one, player two, e.g. {@code [[6,4],[7,5]]}; the score names the winner. */
record GameResultBody(@NotEmpty @Size(max = 5) List<@NotNull @Size(min = 2, max = 2) List<@NotNull Integer>> sets) {

    Score score() {
        return new Score(sets.stream().map(set -> new Score.Set(set.get(0), set.get(1))).toList());
    }
}
