package dev.rallypoint.match.matching;

import java.util.List;
import java.util.UUID;

/**
 * A match the algorithm found: the requests it serves, the two teams (one player each in singles), and the court
 * times it could be played at, most wanted first — the earliest aligned start of the shared windows at the first
 * shared club in the anchor's order of preference, then that start at the other shared clubs, then the next starts.
 */
public record Proposal(GameType gameType, List<CourtTime> courtTimes, List<Candidate> requests,
        List<Candidate.Player> teamOne, List<Candidate.Player> teamTwo) {

    public Proposal {
        courtTimes = List.copyOf(courtTimes);
        requests = List.copyOf(requests);
        teamOne = List.copyOf(teamOne);
        teamTwo = List.copyOf(teamTwo);
        if (courtTimes.isEmpty()) {
            throw new IllegalArgumentException("A proposal has at least one court time");
        }
    }

    /** A proposal with a single court time. */
    public Proposal(GameType gameType, UUID clubId, Window slot, List<Candidate> requests,
            List<Candidate.Player> teamOne, List<Candidate.Player> teamTwo) {
        this(gameType, List.of(new CourtTime(clubId, slot)), requests, teamOne, teamTwo);
    }

    /** The club of the most wanted court time. */
    public UUID clubId() {
        return courtTimes.getFirst().clubId();
    }

    /** The slot of the most wanted court time. */
    public Window slot() {
        return courtTimes.getFirst().slot();
    }

    /** The same match at one court time: the one a court was found for. */
    public Proposal at(CourtTime courtTime) {
        return new Proposal(gameType, List.of(courtTime), requests, teamOne, teamTwo);
    }

    /** How far apart the teams' summed levels are; 0 is perfectly balanced. */
    public double imbalance() {
        return Math.abs(sum(teamOne) - sum(teamTwo));
    }

    private static double sum(List<Candidate.Player> team) {
        return team.stream().mapToDouble(Candidate.Player::level).sum();
    }
}
