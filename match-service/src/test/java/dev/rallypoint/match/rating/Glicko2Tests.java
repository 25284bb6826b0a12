package dev.rallypoint.match.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rallypoint.match.rating.Glicko2.Outcome;
import dev.rallypoint.match.rating.Glicko2.Rating;
import java.util.List;
import org.junit.jupiter.api.Test;

class Glicko2Tests {

    @Test
    void reproducesGlickmansPublishedExample() {
        Rating player = new Rating(1500, 200, 0.06);
        List<Outcome> games = List.of(
                new Outcome(new Rating(1400, 30, 0.06), 1),
                new Outcome(new Rating(1550, 100, 0.06), 0),
                new Outcome(new Rating(1700, 300, 0.06), 0));

        Rating after = Glicko2.STANDARD.update(player, games);

        assertThat(after.rating()).isCloseTo(1464.06, within(0.01));
        assertThat(after.deviation()).isCloseTo(151.52, within(0.01));
        assertThat(after.volatility()).isCloseTo(0.05999, within(0.00001));
    }

    @Test
    void aPeriodWithoutGamesOnlyWidensTheDeviation() {
        Rating after = Glicko2.STANDARD.update(new Rating(1500, 200, 0.06), List.of());

        assertThat(after.rating()).isEqualTo(1500);
        assertThat(after.deviation()).isGreaterThan(200);
    }

    @Test
    void mapsNtrpToRatingsAndBack() {
        assertThat(Ntrp.toRating(3.5)).isEqualTo(1500);
        assertThat(Ntrp.toRating(1.0)).isEqualTo(1000);
        assertThat(Ntrp.toRating(7.0)).isEqualTo(2200);
        assertThat(Ntrp.fromRating(1464.06)).isEqualTo(3.5);
        assertThat(Ntrp.fromRating(1640)).isEqualTo(4.0);
        assertThat(Ntrp.fromRating(400)).isEqualTo(1.0);
    }
}
