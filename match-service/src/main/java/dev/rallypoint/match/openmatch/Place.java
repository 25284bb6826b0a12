package dev.rallypoint.match.openmatch;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/** A place taken by a player who joined. */
@Embeddable
record Place(@Column(name = "player_id") UUID playerId, @Column(name = "joined_at") Instant joinedAt) {
}
