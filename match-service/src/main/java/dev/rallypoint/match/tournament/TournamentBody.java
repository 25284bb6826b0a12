package dev.rallypoint.match.tournament;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A new tournament: the club, a name and the entrants (2 to 64 players, each once). */
record TournamentBody(@NotNull UUID clubId, @NotBlank @Size(max = 100) String name,
        @NotNull @Size(min = 2, max = Tournament.MAX_ENTRANTS) List<@NotNull UUID> entrants) {
}
