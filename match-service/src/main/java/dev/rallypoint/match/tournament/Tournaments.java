package dev.rallypoint.match.tournament;

import dev.rallypoint.common.identity.Role;
import dev.rallypoint.match.court.CourtAccess;
import dev.rallypoint.match.match.Score;
import dev.rallypoint.match.rating.Ratings;
import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tournament use cases: a club's manager (as court-service knows them) creates one with its entrants,
 * seeded by their current ratings, and enters results; anyone signed in follows the draw.
 */
@Component
class Tournaments {

    private final TournamentRepository repository;

    private final CourtAccess courts;

    private final Ratings ratings;

    private final TransactionTemplate transactions;

    private final Clock clock;

    Tournaments(TournamentRepository repository, CourtAccess courts, Ratings ratings,
            TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.courts = courts;
        this.ratings = ratings;
        this.transactions = transactions;
        this.clock = clock;
    }

    Tournament create(Caller caller, TournamentBody body) {
        UUID manager = caller.userId();
        if (!caller.has(Role.COURT_MANAGER) && !caller.isAdmin() || !courts.manages(body.clubId())) {
            throw new NotClubManager(body.clubId());
        }
        Map<UUID, Double> rated = ratings.current(body.entrants());
        List<Entrant> entered = body.entrants().stream().map(player -> new Entrant(player, rated.get(player))).toList();
        Tournament tournament = Tournament.create(body.clubId(), manager, body.name(), entered, clock);
        return transactions.execute(status -> repository.saveAndFlush(tournament));
    }

    Tournament record(Caller caller, UUID id, int round, int slot, Score score) {
        UUID manager = caller.userId();
        return transactions.execute(status -> {
            Tournament tournament = repository.lockById(id).orElseThrow(() -> new TournamentNotFound(id));
            tournament.record(manager, round, slot, score, clock);
            return repository.saveAndFlush(tournament);
        });
    }

    Tournament one(UUID id) {
        return repository.findById(id).orElseThrow(() -> new TournamentNotFound(id));
    }
}
