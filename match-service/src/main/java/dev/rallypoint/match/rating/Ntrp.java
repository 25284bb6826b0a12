package dev.rallypoint.match.rating;

/**
 * The documented mapping between NTRP levels (1.0 to 7.0 in halves) and Glicko-2 ratings: NTRP 3.5 is 1500
 * and each half level is 100 points, so 1.0 is 1000 and 7.0 is 2200. A self-rated player starts at the
 * rating of their profile's level with deviation 200 (less certain than a measured rating, more than none)
 * and volatility 0.06; a rating maps back to the nearest half level within 1.0 to 7.0.
 */
public final class Ntrp {

    /** The deviation a rating seeded from a self-declared NTRP level starts with. */
    public static final double SEEDED_DEVIATION = 200;

    private Ntrp() {
    }

    public static double toRating(double ntrp) {
        return 1500 + (ntrp - 3.5) * 200;
    }

    public static double fromRating(double rating) {
        double ntrp = Math.round((3.5 + (rating - 1500) / 200) * 2) / 2.0;
        return Math.max(1.0, Math.min(7.0, ntrp));
    }

    public static Glicko2.Rating seeded(double ntrp) {
        return new Glicko2.Rating(toRating(ntrp), SEEDED_DEVIATION, 0.06);
    }
}
