package dev.rallypoint.match.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.rallypoint.match.match.Score;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Seeding, byes, advancement and final places of single elimination, without Spring. */
class BracketTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T09:00:00Z"), ZoneOffset.UTC);

    static final Score ONE_WINS = new Score(List.of(new Score.Set(6, 3), new Score.Set(6, 4)));

    static final Score TWO_WINS = new Score(List.of(new Score.Set(4, 6), new Score.Set(3, 6)));

    final UUID manager = UUID.randomUUID();

    @Test
    void seedsAreDrawnSoThatTheTopTwoCanOnlyMeetInTheFinal() {
        assertThat(Bracket.seedOrder(8)).containsExactly(1, 8, 4, 5, 2, 7, 3, 6);
        List<UUID> seeded = players(8);

        List<Game> draw = Bracket.draw(seeded);

        assertThat(draw).hasSize(7);
        assertThat(draw.get(0)).extracting(Game::playerOne, Game::playerTwo).containsExactly(seeded.get(0), seeded.get(7));
        assertThat(draw.get(3)).extracting(Game::playerOne, Game::playerTwo).containsExactly(seeded.get(2), seeded.get(5));
        assertThat(Bracket.rounds(draw)).isEqualTo(3);
    }

    @Test
    void theTopSeedsGetTheByesAndMoveOnAtOnce() {
        List<UUID> seeded = players(5);

        List<Game> draw = Bracket.draw(seeded);

        List<Game> byes = draw.stream().filter(game -> Bracket.BYE.equals(game.score())).toList();
        assertThat(byes).extracting(Game::winner).containsExactlyInAnyOrder(seeded.get(0), seeded.get(1), seeded.get(2));
        assertThat(draw.stream().filter(game -> game.round() == 2).flatMap(game -> java.util.stream.Stream.of(
                game.playerOne(), game.playerTwo()))).contains(seeded.get(0), seeded.get(1), seeded.get(2));
        assertThat(Bracket.standings(draw)).isEmpty();
    }

    @Test
    void ratedEntrantsAreSeededBestFirstAndTheUnratedAfterThemAsEntered() {
        UUID unratedA = UUID.randomUUID();
        UUID low = UUID.randomUUID();
        UUID unratedB = UUID.randomUUID();
        UUID high = UUID.randomUUID();

        List<Entrant> seeded = Tournament.seeded(List.of(new Entrant(unratedA, null), new Entrant(low, 1400.0),
                new Entrant(unratedB, null), new Entrant(high, 1800.0)));

        assertThat(seeded).extracting(Entrant::playerId).containsExactly(high, low, unratedA, unratedB);
    }

    @Test
    void resultsAdvanceTheDrawToFinalPlaces() {
        List<UUID> p = players(4);
        Tournament tournament = Tournament.create(UUID.randomUUID(), manager, "Winter cup",
                p.stream().map(player -> new Entrant(player, 2000.0 - p.indexOf(player))).toList(), CLOCK);

        tournament.record(manager, 1, 0, ONE_WINS, CLOCK);
        assertThatThrownBy(() -> tournament.record(manager, 2, 0, ONE_WINS, CLOCK)).isInstanceOf(GameNotReady.class);
        tournament.record(manager, 1, 1, TWO_WINS, CLOCK);
        assertThat(tournament.status()).isEqualTo(TournamentStatus.IN_PROGRESS);
        tournament.record(manager, 2, 0, TWO_WINS, CLOCK);

        assertThat(tournament.status()).isEqualTo(TournamentStatus.COMPLETED);
        // seeds 1 v 4 and 2 v 3; seed 1 and seed 3 win the semis, seed 3 the final
        assertThat(tournament.standings()).containsOnly(entry(p.get(2), 1), entry(p.get(0), 2), entry(p.get(3), 3),
                entry(p.get(1), 3));
        assertThatThrownBy(() -> tournament.record(manager, 2, 0, ONE_WINS, CLOCK)).isInstanceOf(GameAlreadyDecided.class);
    }

    @Test
    void onlyItsManagerEntersResultsOfGamesThatExist() {
        Tournament tournament = Tournament.create(UUID.randomUUID(), manager, "Cup",
                players(2).stream().map(player -> new Entrant(player, null)).toList(), CLOCK);

        assertThatThrownBy(() -> tournament.record(UUID.randomUUID(), 1, 0, ONE_WINS, CLOCK))
                .isInstanceOf(NotTournamentManager.class);
        assertThatThrownBy(() -> tournament.record(manager, 1, 1, ONE_WINS, CLOCK)).isInstanceOf(GameNotFound.class);
        assertThatThrownBy(() -> Tournament.create(UUID.randomUUID(), manager, "Cup",
                List.of(new Entrant(manager, null), new Entrant(manager, null)), CLOCK)).isInstanceOf(InvalidTournament.class);
    }

    private static List<UUID> players(int count) {
        return IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
    }
}
