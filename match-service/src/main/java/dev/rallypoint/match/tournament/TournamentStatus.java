package dev.rallypoint.match.tournament;

/** A tournament is played until its final is decided. */
public enum TournamentStatus {
    IN_PROGRESS, COMPLETED
}
