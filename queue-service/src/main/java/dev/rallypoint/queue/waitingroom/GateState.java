package dev.rallypoint.queue.waitingroom;

/** Where a gate is in its life. */
enum GateState {
    /** Before the opening: joins go to the pre-queue, to be drawn in random order at the opening. */
    SCHEDULED,
    /** Joins queue first come, first served and the worker admits. */
    OPEN,
    /** Joins and polls go on; nobody is admitted. */
    PAUSED,
    /** The waiting room is lifted; the gate's routes are no longer protected. */
    CLOSED
}
