package dev.rallypoint.court.club;

/** Why a court is not bookable for a while. */
public enum BlockReason {
    MAINTENANCE, EVENT, OTHER
}
