package dev.rallypoint.queue.waitingroom;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The Redis keys of the waiting room. A gate's keys share the hash tag {@code {gate}}; the set of
 * protected gates is read by the gateway, so its name is part of the contract with it.
 */
record GateKeys(String prefix) {

    /** Gates whose routes need an admission token at the gateway (every gate that is not closed). */
    String protectedGates() {
        return prefix + "queue:protected-gates";
    }

    /** The gate's keys in the order every script expects them. */
    List<String> of(GateId gate) {
        String base = prefix + "queue:gate:{" + gate.value() + "}:";
        return List.of(base + "meta", base + "waiting", base + "prequeue", base + "heartbeat", base + "active",
                base + "tokens", protectedGates());
    }

    /** The gate's keys and the mark recording that an event was handled. */
    List<String> withEventMark(GateId gate, UUID eventId) {
        List<String> keys = new ArrayList<>(of(gate));
        keys.add(prefix + "queue:processed-event:" + eventId);
        return keys;
    }
}
