package dev.rallypoint.queue.waitingroom;

/** Where a queue token stands. */
enum TicketStatus {
    /** Joined before the opening; the place is drawn at the opening. */
    PRE_QUEUE,
    /** In the queue at a position. */
    WAITING,
    /** Let in: the admission token opens the gate's routes until it expires. */
    ADMITTED
}
