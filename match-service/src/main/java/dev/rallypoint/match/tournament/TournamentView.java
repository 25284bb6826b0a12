package dev.rallypoint.match.tournament;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

/** A tournament with its seeds, its draw round by round and the final places decided so far. */
record TournamentView(UUID id, UUID clubId, UUID managerId, String name, TournamentStatus status, Instant createdAt,
        Instant completedAt, List<Seed> seeds, List<Round> rounds, List<Standing> standings) {

    record Seed(int seed, UUID playerId, Double rating) {
    }

    record Round(int round, List<GameView> games) {
    }

    record GameView(int slot, UUID playerOne, UUID playerTwo, UUID winner, String score) {
    }

    record Standing(int place, UUID playerId) {
    }

    static TournamentView from(Tournament tournament) {
        List<Entrant> entrants = tournament.entrants();
        List<Seed> seeds = IntStream.range(0, entrants.size())
                .mapToObj(i -> new Seed(i + 1, entrants.get(i).playerId(), entrants.get(i).rating())).toList();
        Map<Integer, List<GameView>> byRound = new TreeMap<>();
        tournament.games().stream().sorted(Comparator.comparingInt(Game::round).thenComparingInt(Game::slot))
                .forEach(game -> byRound.computeIfAbsent(game.round(), round -> new ArrayList<>()).add(new GameView(
                        game.slot(), game.playerOne(), game.playerTwo(), game.winner(), game.score())));
        List<Round> rounds = byRound.entrySet().stream().map(entry -> new Round(entry.getKey(), entry.getValue())).toList();
        List<Standing> standings = tournament.standings().entrySet().stream()
                .map(entry -> new Standing(entry.getValue(), entry.getKey()))
                .sorted(Comparator.comparingInt(Standing::place)).toList();
        return new TournamentView(tournament.id(), tournament.clubId(), tournament.managerId(), tournament.name(),
                tournament.status(), tournament.createdAt(), tournament.completedAt(), seeds, rounds, standings);
    }
}
