package dev.rallypoint.match.match;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/** What one side of a match reported as its result. */
@Embeddable
class MatchReport {

    @Column(name = "team", nullable = false)
    private short team;

    @Column(name = "reported_by", nullable = false)
    private UUID reportedBy;

    @Column(name = "sets", nullable = false)
    private String sets;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected MatchReport() {
    }

    MatchReport(int team, UUID reportedBy, Score score, Instant reportedAt) {
        this.team = (short) team;
        this.reportedBy = reportedBy;
        this.sets = score.toString();
        this.reportedAt = reportedAt;
    }

    int team() {
        return team;
    }

    String sets() {
        return sets;
    }
}
