package dev.rallypoint.match.match;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The sets of a match as games of team one and team two: {@code {"sets":[[6,4],[3,6],[7,5]]}}. */
record ResultBody(@NotEmpty @Size(max = 5) List<@NotNull @Size(min = 2, max = 2) List<@NotNull Integer>> sets) {

    Score score() {
        return new Score(sets.stream().map(set -> new Score.Set(set.get(0), set.get(1))).toList());
    }
}
