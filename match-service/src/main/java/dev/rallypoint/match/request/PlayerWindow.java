package dev.rallypoint.match.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/**
 * One window of a request for one of its players; while open, the database refuses another open window of
 * the same player that overlaps it.
 */
@Embeddable
class PlayerWindow {

    @Column(name = "player_id", nullable = false)
    private UUID playerId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "open", nullable = false)
    private boolean open;

    protected PlayerWindow() {
    }

    PlayerWindow(UUID playerId, Instant startsAt, Instant endsAt, boolean open) {
        this.playerId = playerId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.open = open;
    }

    PlayerWindow reopened() {
        return new PlayerWindow(playerId, startsAt, endsAt, true);
    }

    boolean isOpen() {
        return open;
    }

    PlayerWindow closed() {
        return new PlayerWindow(playerId, startsAt, endsAt, false);
    }

    UUID playerId() {
        return playerId;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }
}
