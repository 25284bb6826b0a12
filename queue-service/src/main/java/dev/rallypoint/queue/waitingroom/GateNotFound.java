package dev.rallypoint.queue.waitingroom;

/** No gate of that name exists. */
class GateNotFound extends RuntimeException {

    private final transient Object[] arguments;

    GateNotFound(GateId gate) {
        super("GateNotFound");
        this.arguments = new Object[] { gate };
    }

    Object[] arguments() {
        return arguments;
    }
}
