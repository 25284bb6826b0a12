package dev.rallypoint.queue.waitingroom;

/** The caller holds no such queue token at the gate (never issued, left, expired or ended). */
class QueueTokenNotFound extends RuntimeException {

    private final transient Object[] arguments;

    QueueTokenNotFound(GateId gate) {
        super("QueueTokenNotFound");
        this.arguments = new Object[] { gate };
    }

    Object[] arguments() {
        return arguments;
    }
}
