package dev.rallypoint.match.match;

import dev.rallypoint.common.event.match.MatchFormed;
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
                match.players.add(new MatchPlayer(player.id(), request.requestId(), team, match.startsAt, match.endsAt));
            }
        }
        match.registerEvent(new MatchFormed(Uuids.timeOrdered(clock), match.formedAt, match.id, match.gameType.name(),
                match.clubId, match.startsAt, match.endsAt, match.team(1), match.team(2)));
        return match;
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
}
