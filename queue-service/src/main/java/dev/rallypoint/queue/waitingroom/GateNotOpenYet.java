package dev.rallypoint.queue.waitingroom;

/** Joins are accepted only from the start of the pre-queue before the opening. */
class GateNotOpenYet extends RuntimeException {

    private final transient Object[] arguments;

    GateNotOpenYet(GateId gate, java.time.Instant preQueueFrom) {
        super("GateNotOpenYet");
        this.arguments = new Object[] { gate, preQueueFrom };
    }

    Object[] arguments() {
        return arguments;
    }
}
