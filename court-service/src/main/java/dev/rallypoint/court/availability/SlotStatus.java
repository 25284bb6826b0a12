package dev.rallypoint.court.availability;

/** What a slot is, as availability shows it. */
enum SlotStatus {
    FREE, TAKEN, BLOCKED, PAST
}
