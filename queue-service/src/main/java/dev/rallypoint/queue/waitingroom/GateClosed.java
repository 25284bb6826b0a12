package dev.rallypoint.queue.waitingroom;

/** The gate is closed: its waiting room was lifted. */
class GateClosed extends RuntimeException {

    private final transient Object[] arguments;

    GateClosed(GateId gate) {
        super("GateClosed");
        this.arguments = new Object[] { gate };
    }

    Object[] arguments() {
        return arguments;
    }
}
