package dev.rallypoint.match.match;

import dev.rallypoint.common.event.match.MatchFormed;
import dev.rallypoint.common.event.match.MatchResultRecorded;
import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.match.matching.Candidate;
import dev.rallypoint.match.matching.GameType;
import dev.rallypoint.match.matching.Proposal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A match of two or four players at one club for one slot, formed from their requests. */
@Entity
@Table(name = "matches")
public class Match extends AbstractAggregateRoot<Match> {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private GameType gameType;

    private UUID clubId;

    private Instant startsAt;

    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    private MatchStatus status;

    private Instant formedAt;

    @ElementCollection
    @CollectionTable(name = "match_player", joinColumns = @JoinColumn(name = "match_id"))
    private List<MatchPlayer> players = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "match_report", joinColumns = @JoinColumn(name = "match_id"))
    private List<MatchReport> reports = new ArrayList<>();

    private Integer winner;

    private String score;

    private Instant recordedAt;

    @Version
    private Long version;

    protected Match() {
    }

    /** The match a proposal of the matcher makes; announces {@link MatchFormed}. */
    static Match form(Proposal proposal, Clock clock) {
        Match match = new Match();
        match.id = Uuids.timeOrdered(clock);
        match.gameType = proposal.gameType();
        match.clubId = proposal.clubId();
        match.startsAt = proposal.slot().start();
        match.endsAt = proposal.slot().end();
        match.status = MatchStatus.FORMED;
        match.formedAt = clock.instant();
        for (Candidate request : proposal.requests()) {
            for (Candidate.Player player : request.players()) {
                int team = proposal.teamOne().contains(player) ? 1 : 2;
                match.players.add(new MatchPlayer(player.id(), request.requestId(), team, player.level(), match.startsAt,
                        match.endsAt));
            }
        }
        match.registerEvent(new MatchFormed(Uuids.timeOrdered(clock), match.formedAt, match.id, match.gameType.name(),
                match.clubId, match.startsAt, match.endsAt, match.team(1), match.team(2)));
        return match;
    }

    /**
     * A player reports the result for their side. When the other side reported the same, the result is
     * recorded ({@link MatchResultRecorded}); when it reported another, the match is disputed until an admin
     * settles it. Answers whether the result is now recorded.
     */
    boolean report(UUID player, Score reported, Clock clock) {
        requireOpenForResults(clock);
        int team = teamOf(player);
        Instant now = clock.instant();
        reports.removeIf(report -> report.team() == team);
        reports.add(new MatchReport(team, player, reported, now));
        Optional<MatchReport> other = reports.stream().filter(report -> report.team() != team).findFirst();
        if (other.isEmpty()) {
            return false;
        }
        if (other.get().sets().equals(reported.toString())) {
            record(reported, now, clock);
            return true;
        }
        status = MatchStatus.DISPUTED;
        return false;
    }

    /** An admin decides the result, whatever the sides reported. */
    void settle(Score decided, Clock clock) {
        requireOpenForResults(clock);
        record(decided, clock.instant(), clock);
    }

    private void requireOpenForResults(Clock clock) {
        if (status == MatchStatus.RECORDED) {
            throw new ResultAlreadyRecorded(id);
        }
        if (clock.instant().isBefore(startsAt)) {
            throw new NotPlayedYet(id);
        }
    }

    private void record(Score result, Instant now, Clock clock) {
        status = MatchStatus.RECORDED;
        winner = result.winner();
        score = result.toString();
        recordedAt = now;
        registerEvent(new MatchResultRecorded(Uuids.timeOrdered(clock), now, id, team(winner), team(3 - winner), score));
    }

    private int teamOf(UUID player) {
        return players.stream().filter(one -> one.playerId().equals(player)).findFirst()
                .orElseThrow(() -> new MatchNotFound(id)).team();
    }

    /** The players of a side with the levels they were matched at. */
    List<Rated> side(int team) {
        return players.stream().filter(player -> player.team() == team)
                .map(player -> new Rated(player.playerId(), player.level())).toList();
    }

    /** A player and the NTRP level they were matched at (the seed of a first rating). */
    record Rated(UUID playerId, double level) {
    }

    boolean hasPlayer(UUID player) {
        return players.stream().anyMatch(one -> one.playerId().equals(player));
    }

    public List<UUID> team(int team) {
        return players.stream().filter(player -> player.team() == team).map(MatchPlayer::playerId).toList();
    }

    public UUID id() {
        return id;
    }

    public GameType gameType() {
        return gameType;
    }

    public UUID clubId() {
        return clubId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public MatchStatus status() {
        return status;
    }

    public Instant formedAt() {
        return formedAt;
    }

    /** 1 or 2 once the result is recorded. */
    public Integer winner() {
        return winner;
    }

    public String score() {
        return score;
    }
}
