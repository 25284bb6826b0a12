package dev.rallypoint.match.rating;

import dev.rallypoint.common.event.match.RatingChanged;
import dev.rallypoint.common.id.Uuids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A player's Glicko-2 rating, seeded from their NTRP level at their first recorded match. */
@Entity
@Table(name = "rating")
public class Rating extends AbstractAggregateRoot<Rating> {

    @Id
    private UUID playerId;

    private double rating;

    private double deviation;

    private double volatility;

    private int matches;

    private Instant updatedAt;

    @Version
    private Long version;

    protected Rating() {
    }

    static Rating seeded(UUID playerId, double ntrp, Clock clock) {
        Rating seeded = new Rating();
        Glicko2.Rating start = Ntrp.seeded(ntrp);
        seeded.playerId = playerId;
        seeded.rating = start.rating();
        seeded.deviation = start.deviation();
        seeded.volatility = start.volatility();
        seeded.updatedAt = clock.instant();
        return seeded;
    }

    /** The rating after one match of these games; announces {@link RatingChanged}. */
    void played(UUID matchId, List<Glicko2.Outcome> games, Clock clock) {
        double before = rating;
        Glicko2.Rating after = Glicko2.STANDARD.update(glicko(), games);
        rating = after.rating();
        deviation = after.deviation();
        volatility = after.volatility();
        matches++;
        updatedAt = clock.instant();
        registerEvent(new RatingChanged(Uuids.timeOrdered(clock), updatedAt, playerId, matchId, before, rating, deviation,
                Ntrp.fromRating(rating)));
    }

    Glicko2.Rating glicko() {
        return new Glicko2.Rating(rating, deviation, volatility);
    }

    public UUID playerId() {
        return playerId;
    }

    public double rating() {
        return rating;
    }

    public double deviation() {
        return deviation;
    }

    public double volatility() {
        return volatility;
    }

    public int matches() {
        return matches;
    }
}
