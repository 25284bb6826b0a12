package dev.rallypoint.queue.waitingroom;

/** A gate of that name is already scheduled, open or paused. */
class GateAlreadyExists extends RuntimeException {

    private final transient Object[] arguments;

    GateAlreadyExists(GateId gate) {
        super("GateAlreadyExists");
        this.arguments = new Object[] { gate };
    }

    Object[] arguments() {
        return arguments;
    }
}
