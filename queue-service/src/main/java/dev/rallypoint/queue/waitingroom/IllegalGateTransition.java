package dev.rallypoint.queue.waitingroom;

/** The gate's state does not allow the action. */
class IllegalGateTransition extends RuntimeException {

    private final transient Object[] arguments;

    IllegalGateTransition(GateId gate, String action, String state) {
        super("IllegalGateTransition");
        this.arguments = new Object[] { gate, action, state };
    }

    Object[] arguments() {
        return arguments;
    }
}
