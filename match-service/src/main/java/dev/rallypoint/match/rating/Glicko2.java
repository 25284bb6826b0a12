package dev.rallypoint.match.rating;

import java.util.List;

/**
 * Mark Glickman's Glicko-2 rating system ("Example of the Glicko-2 system", 2013), applied after each
 * rating period, which for RallyPoint is one recorded match. Pure arithmetic, no framework.
 *
 * @param tau how much volatility may change over time (Glickman suggests 0.3 to 1.2)
 */
public record Glicko2(double tau) {

    /** The system constant RallyPoint uses. */
    public static final Glicko2 STANDARD = new Glicko2(0.5);

    private static final double SCALE = 173.7178;

    private static final double CONVERGENCE = 0.000001;

    /** A player's rating, rating deviation and volatility on the Glicko scale (1500 / 350 / 0.06 to start). */
    public record Rating(double rating, double deviation, double volatility) {

        public static final Rating UNRATED = new Rating(1500, 350, 0.06);
    }

    /** A game against an opponent rated {@code opponent}: score 1 for a win, 0.5 a draw, 0 a loss. */
    public record Outcome(Rating opponent, double score) {

        public Outcome {
            if (score < 0 || score > 1) {
                throw new IllegalArgumentException("A score is between 0 and 1");
            }
        }
    }

    /** The player's rating after a period with these games (none: only the deviation grows). */
    public Rating update(Rating player, List<Outcome> games) {
        double mu = (player.rating() - 1500) / SCALE;
        double phi = player.deviation() / SCALE;
        double sigma = player.volatility();
        if (games.isEmpty()) {
            return new Rating(player.rating(), SCALE * Math.sqrt(phi * phi + sigma * sigma), sigma);
        }
        double inverseV = 0;
        double improvement = 0;
        for (Outcome game : games) {
            double muJ = (game.opponent().rating() - 1500) / SCALE;
            double g = g(game.opponent().deviation() / SCALE);
            double expected = 1 / (1 + Math.exp(-g * (mu - muJ)));
            inverseV += g * g * expected * (1 - expected);
            improvement += g * (game.score() - expected);
        }
        double v = 1 / inverseV;
        double delta = v * improvement;
        double newSigma = volatility(phi, sigma, v, delta);
        double phiStar = Math.sqrt(phi * phi + newSigma * newSigma);
        double newPhi = 1 / Math.sqrt(1 / (phiStar * phiStar) + 1 / v);
        double newMu = mu + newPhi * newPhi * improvement;
        return new Rating(SCALE * newMu + 1500, SCALE * newPhi, newSigma);
    }

    private static double g(double phi) {
        return 1 / Math.sqrt(1 + 3 * phi * phi / (Math.PI * Math.PI));
    }

    /** Step 5 of the paper: the new volatility by the Illinois algorithm. */
    private double volatility(double phi, double sigma, double v, double delta) {
        double a = Math.log(sigma * sigma);
        double big = Math.log(Double.MIN_NORMAL);
        double upperA = a;
        double upperB;
        if (delta * delta > phi * phi + v) {
            upperB = Math.log(delta * delta - phi * phi - v);
        }
        else {
            int k = 1;
            while (f(a - k * tau, a, phi, v, delta) < 0 && a - k * tau > big) {
                k++;
            }
            upperB = a - k * tau;
        }
        double fA = f(upperA, a, phi, v, delta);
        double fB = f(upperB, a, phi, v, delta);
        while (Math.abs(upperB - upperA) > CONVERGENCE) {
            double c = upperA + (upperA - upperB) * fA / (fB - fA);
            double fC = f(c, a, phi, v, delta);
            if (fC * fB <= 0) {
                upperA = upperB;
                fA = fB;
            }
            else {
                fA = fA / 2;
            }
            upperB = c;
            fB = fC;
        }
        return Math.exp(upperA / 2);
    }

    private double f(double x, double a, double phi, double v, double delta) {
        double ex = Math.exp(x);
        double denominator = phi * phi + v + ex;
        return ex * (delta * delta - phi * phi - v - ex) / (2 * denominator * denominator) - (x - a) / (tau * tau);
    }
}
