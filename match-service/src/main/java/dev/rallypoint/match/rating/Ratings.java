package dev.rallypoint.match.rating;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves ratings after a recorded match. Each player's period is the match: one game against every player
 * of the other side (one in singles, two in doubles), won or lost, against the opponents' ratings before
 * the match. A player without a rating is seeded from the NTRP level they were matched at.
 */
@Component
public class Ratings {

    private final RatingRepository ratings;

    private final Clock clock;

    Ratings(RatingRepository ratings, Clock clock) {
        this.ratings = ratings;
        this.clock = clock;
    }

    /** A player and the NTRP level they played the match at. */
    public record Player(UUID id, double ntrp) {
    }

    /** Updates the ratings of both sides, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordMatch(UUID matchId, List<Player> winners, List<Player> losers) {
        List<Player> everyone = new ArrayList<>(winners);
        everyone.addAll(losers);
        Map<UUID, Rating> current = ratings.findByPlayerIdIn(everyone.stream().map(Player::id).toList()).stream()
                .collect(Collectors.toMap(Rating::playerId, Function.identity()));
        everyone.forEach(player -> current.computeIfAbsent(player.id(), id -> Rating.seeded(id, player.ntrp(), clock)));
        Map<UUID, Glicko2.Rating> before = current.values().stream()
                .collect(Collectors.toMap(Rating::playerId, Rating::glicko));
        winners.forEach(player -> current.get(player.id()).played(matchId, games(losers, before, 1), clock));
        losers.forEach(player -> current.get(player.id()).played(matchId, games(winners, before, 0), clock));
        ratings.saveAll(current.values());
    }

    /** The current ratings of those of the players who have one. */
    public Map<UUID, Double> current(List<UUID> players) {
        return ratings.findByPlayerIdIn(players).stream().collect(Collectors.toMap(Rating::playerId, Rating::rating));
    }

    Optional<Rating> of(UUID player) {
        return ratings.findById(player);
    }

    private static List<Glicko2.Outcome> games(List<Player> opponents, Map<UUID, Glicko2.Rating> before, double score) {
        return opponents.stream().map(opponent -> new Glicko2.Outcome(before.get(opponent.id()), score)).toList();
    }
}
