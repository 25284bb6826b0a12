package dev.rallypoint.match.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A match's sets as games of team one and team two, e.g. {@code 6-4 3-6 7-5}: one to five sets, each
 * 0 to 7 games a side with a winner, and more sets won by one side than the other.
 */
public record Score(List<Set> sets) {

    private static final Pattern WRITTEN = Pattern.compile("[0-7]-[0-7]( [0-7]-[0-7]){0,4}");

    public record Set(int teamOne, int teamTwo) {

        public Set {
            if (teamOne < 0 || teamTwo < 0 || teamOne > 7 || teamTwo > 7 || teamOne == teamTwo) {
                throw new InvalidScore("a set is 0 to 7 games a side with a winner");
            }
        }
    }

    public Score {
        if (sets == null || sets.isEmpty() || sets.size() > 5) {
            throw new InvalidScore("a match has 1 to 5 sets");
        }
        sets = List.copyOf(sets);
        long one = sets.stream().filter(set -> set.teamOne() > set.teamTwo()).count();
        if (one * 2 == sets.size()) {
            throw new InvalidScore("a match has a winner");
        }
    }

    static Score parse(String written) {
        if (written == null || !WRITTEN.matcher(written).matches()) {
            throw new IllegalStateException("Stored score " + written + " is not a score");
        }
        List<Set> sets = new ArrayList<>();
        for (String set : written.split(" ")) {
            sets.add(new Set(set.charAt(0) - '0', set.charAt(2) - '0'));
        }
        return new Score(sets);
    }

    /** 1 when team one won more sets, else 2. */
    public int winner() {
        long one = sets.stream().filter(set -> set.teamOne() > set.teamTwo()).count();
        return one * 2 > sets.size() ? 1 : 2;
    }

    @Override
    public String toString() {
        return String.join(" ", sets.stream().map(set -> set.teamOne() + "-" + set.teamTwo()).toList());
    }
}
