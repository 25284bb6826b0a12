package dev.rallypoint.match.matching;

import java.util.List;
import java.util.UUID;

/**
 * A match the algorithm found: the requests it serves, the club and slot, and the two teams (one player
 * each in singles).
 */
public record Proposal(GameType gameType, UUID clubId, Window slot, List<Candidate> requests,
        List<Candidate.Player> teamOne, List<Candidate.Player> teamTwo) {

    public Proposal {
        requests = List.copyOf(requests);
        teamOne = List.copyOf(teamOne);
        teamTwo = List.copyOf(teamTwo);
    }

    /** How far apart the teams' summed levels are; 0 is perfectly balanced. */
    public double imbalance() {
        return Math.abs(sum(teamOne) - sum(teamTwo));
    }

    private static double sum(List<Candidate.Player> team) {
        return team.stream().mapToDouble(Candidate.Player::level).sum();
    }
}
