package dev.rallypoint.match.tournament;

import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.match.match.Score;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * A club's single-elimination tournament: entrants seeded by rating (the rated first, best first; unrated
 * players after them in the order entered), a draw of every round, and results entered by the manager who
 * created it, each moving its winner on, until the final is decided.
 */
@Entity
@Table(name = "tournament")
public class Tournament implements Persistable<UUID> {

    static final int MAX_ENTRANTS = 64;

    @Id
    private UUID id;

    private UUID clubId;

    private UUID managerId;

    private String name;

    @Enumerated(EnumType.STRING)
    private TournamentStatus status;

    private Instant createdAt;

    private Instant completedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tournament_entrant", joinColumns = @JoinColumn(name = "tournament_id"))
    @OrderColumn(name = "seed_index")
    private List<Entrant> entrants = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tournament_game", joinColumns = @JoinColumn(name = "tournament_id"))
    @OrderColumn(name = "position")
    private List<Game> games = new ArrayList<>();

    @Transient
    private boolean fresh;

    protected Tournament() {
    }

    /** Seeds the entrants by rating and draws every round; byes are won at once. */
    static Tournament create(UUID clubId, UUID manager, String name, List<Entrant> entered, Clock clock) {
        if (entered.size() < 2 || entered.size() > MAX_ENTRANTS) {
            throw new InvalidTournament("a tournament has 2 to " + MAX_ENTRANTS + " entrants");
        }
        if (new HashSet<>(entered.stream().map(Entrant::playerId).toList()).size() != entered.size()) {
            throw new InvalidTournament("an entrant is entered once");
        }
        Tournament tournament = new Tournament();
        tournament.id = Uuids.timeOrdered(clock);
        tournament.clubId = clubId;
        tournament.managerId = manager;
        tournament.name = name;
        tournament.status = TournamentStatus.IN_PROGRESS;
        tournament.createdAt = clock.instant();
        tournament.entrants = new ArrayList<>(seeded(entered));
        tournament.games = new ArrayList<>(Bracket.draw(tournament.entrants.stream().map(Entrant::playerId).toList()));
        tournament.completeIfDecided(clock);
        tournament.fresh = true;
        return tournament;
    }

    /** The rated by rating, highest first; then the unrated in the order entered (a stable sort keeps it). */
    static List<Entrant> seeded(List<Entrant> entered) {
        return entered.stream().sorted(Comparator.comparing((Entrant entrant) -> entrant.rating() == null)
                .thenComparing(entrant -> entrant.rating() == null ? 0 : -entrant.rating())).toList();
    }

    /** The manager enters a game's result (sets as games of player one, player two); its winner moves on. */
    void record(UUID caller, int round, int slot, Score score, Clock clock) {
        if (!managerId.equals(caller)) {
            throw new NotTournamentManager(id);
        }
        int at = Bracket.indexOf(games, round, slot);
        if (at < 0) {
            throw new GameNotFound(id, round, slot);
        }
        Game game = games.get(at);
        if (game.decided()) {
            throw new GameAlreadyDecided(id, round, slot);
        }
        if (!game.ready()) {
            throw new GameNotReady(id, round, slot);
        }
        UUID winner = score.winner() == 1 ? game.playerOne() : game.playerTwo();
        List<Game> next = Bracket.record(games, round, slot, winner, score.toString());
        for (int i = 0; i < next.size(); i++) {
            if (!next.get(i).equals(games.get(i))) {
                games.set(i, next.get(i));
            }
        }
        completeIfDecided(clock);
    }

    private void completeIfDecided(Clock clock) {
        int rounds = Bracket.rounds(games);
        if (games.stream().anyMatch(game -> game.round() == rounds && game.decided())) {
            status = TournamentStatus.COMPLETED;
            completedAt = clock.instant();
        }
    }

    Map<UUID, Integer> standings() {
        return Bracket.standings(games);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    public UUID id() {
        return id;
    }

    public UUID clubId() {
        return clubId;
    }

    public UUID managerId() {
        return managerId;
    }

    public String name() {
        return name;
    }

    public TournamentStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    List<Entrant> entrants() {
        return List.copyOf(entrants);
    }

    List<Game> games() {
        return List.copyOf(games);
    }
}
