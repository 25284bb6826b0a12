package dev.rallypoint.match.tournament;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A player in the draw, with the rating they were seeded by ({@code null}: not rated yet). */
@Embeddable
record Entrant(@Column(name = "player_id") UUID playerId, @Column(name = "rating") Double rating) {
}
