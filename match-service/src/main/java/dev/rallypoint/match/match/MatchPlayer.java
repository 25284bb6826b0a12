package dev.rallypoint.match.match;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A player of a match, on team 1 or 2, with the request they came from and the match's slot copied. */
@Embeddable
class MatchPlayer {

    @Column(name = "player_id", nullable = false)
    private UUID playerId;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Column(name = "team", nullable = false)
    private short team;

    @Column(name = "level", nullable = false)
    private BigDecimal level;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected MatchPlayer() {
    }

    void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    /** The player's share could not be paid: they must confirm again. */
    void unconfirm() {
        confirmedAt = null;
    }

    boolean confirmed() {
        return confirmedAt != null;
    }

    /** The match fell through: the player may be matched at this time again. */
    void leave() {
        active = false;
    }

    MatchPlayer(UUID playerId, UUID requestId, int team, double level, Instant startsAt, Instant endsAt) {
        this.playerId = playerId;
        this.requestId = requestId;
        this.team = (short) team;
        this.level = BigDecimal.valueOf(level);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.active = true;
    }

    UUID requestId() {
        return requestId;
    }

    UUID playerId() {
        return playerId;
    }

    int team() {
        return team;
    }

    double level() {
        return level.doubleValue();
    }
}
