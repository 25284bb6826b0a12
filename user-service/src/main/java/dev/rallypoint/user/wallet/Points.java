package dev.rallypoint.user.wallet;

/**
 * A number of points: never negative. Amounts that move points are positive ({@link #amount}).
 */
public record Points(long value) implements Comparable<Points> {

    public static final Points ZERO = new Points(0);

    public Points {
        if (value < 0) {
            throw new InvalidPoints(value);
        }
    }

    /** An amount to move: at least one point. */
    public static Points amount(long value) {
        if (value <= 0) {
            throw new InvalidPoints(value);
        }
        return new Points(value);
    }

    public Points plus(Points other) {
        return new Points(Math.addExact(value, other.value));
    }

    /** These points less the others; fails when the others are more. */
    public Points minus(Points other) {
        if (!covers(other)) {
            throw new InsufficientPoints(this, other);
        }
        return new Points(value - other.value);
    }

    public boolean covers(Points other) {
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
