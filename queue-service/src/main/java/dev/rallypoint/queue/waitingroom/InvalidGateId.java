package dev.rallypoint.queue.waitingroom;

/** A gate name that is not lower-case letters, digits and dashes. */
class InvalidGateId extends RuntimeException {

    private final transient Object[] arguments;

    InvalidGateId(String gate) {
        super("InvalidGateId");
        this.arguments = new Object[] { gate };
    }

    Object[] arguments() {
        return arguments;
    }
}
