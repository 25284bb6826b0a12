package dev.rallypoint.user.wallet;

/**
 * A number of points: never negative. Amounts that move points are positive ({@link #amount}).
 */
record Points(long value) implements Comparable<Points> {

    static final Points ZERO = new Points(0);

    Points {
        if (value < 0) {
            throw new InvalidPoints(value);
        }
    }

    /** An amount to move: at least one point. */
    static Points amount(long value) {
        if (value <= 0) {
            throw new InvalidPoints(value);
        }
        return new Points(value);
    }

    Points plus(Points other) {
        return new Points(Math.addExact(value, other.value));
    }

    /** These points less the others; fails when the others are more. */
    Points minus(Points other) {
        if (!covers(other)) {
            throw new InsufficientPoints(this, other);
        }
        return new Points(value - other.value);
    }

    boolean covers(Points other) {
        return value >= other.value;
    }

    @Override
    public int compareTo(Points other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value + " points";
    }
}
