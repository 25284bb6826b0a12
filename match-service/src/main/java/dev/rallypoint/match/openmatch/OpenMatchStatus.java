package dev.rallypoint.match.openmatch;

/** Where an open match stands: places left, every place taken, or called off by its publisher. */
public enum OpenMatchStatus {
    OPEN, FULL, CANCELLED
}
