package dev.rallypoint.queue.waitingroom;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** What an administrator does with gates: schedule or open one, pause, resume, close, tune it. */
@Component
class Gates {

    private final StringRedisTemplate redis;

    private final WaitingRoomScripts scripts;

    private final GateKeys keys;

    private final WaitingRoomProperties properties;

    private final Clock clock;

    Gates(StringRedisTemplate redis, WaitingRoomScripts scripts, GateKeys keys, WaitingRoomProperties properties,
            Clock clock) {
        this.redis = redis;
        this.scripts = scripts;
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /** A gate's state and counts. */
    record GateStatus(String gate, GateState state, double ratePerSecond, int maxActive, Instant opensAt,
            long waiting, long preQueue, long active, long admitted) {
    }

    /**
     * Creates a gate (or re-creates a closed one); it protects its routes at once. With an opening
     * time in the future it is SCHEDULED and takes pre-queue joins from {@code preQueue} before it.
     */
    GateStatus create(GateId gate, double ratePerSecond, int maxActive, Instant opensAt) {
        Instant opening = opensAt != null ? opensAt : clock.instant();
        String outcome = redis.execute(scripts.create, keys.of(gate), gate.value(), now(), Double.toString(ratePerSecond),
                Integer.toString(maxActive), Long.toString(opening.toEpochMilli()),
                Long.toString(opening.minus(properties.preQueue()).toEpochMilli()));
        if ("EXISTS".equals(outcome)) {
            throw new GateAlreadyExists(gate);
        }
        return status(gate);
    }

    GateStatus open(GateId gate) {
        return transition(gate, "open");
    }

    GateStatus pause(GateId gate) {
        return transition(gate, "pause");
    }

    GateStatus close(GateId gate) {
        return transition(gate, "close");
    }

    /** Changes the rate and/or the active limit; a new rate applies from now on. */
    GateStatus tune(GateId gate, Double ratePerSecond, Integer maxActive) {
        String outcome = redis.execute(scripts.settings, keys.of(gate), now(),
                ratePerSecond == null ? "" : Double.toString(ratePerSecond),
                maxActive == null ? "" : Integer.toString(maxActive));
        check(gate, "change", outcome);
        return status(gate);
    }

    @SuppressWarnings("unchecked")
    GateStatus status(GateId gate) {
        List<String> reply = (List<String>) redis.execute(scripts.status, keys.of(gate), now());
        if (reply == null || reply.getFirst().equals("NO_GATE")) {
            throw new GateNotFound(gate);
        }
        return new GateStatus(gate.value(), GateState.valueOf(reply.get(0)), Double.parseDouble(reply.get(1)),
                Integer.parseInt(reply.get(2)), Instant.ofEpochMilli(Long.parseLong(reply.get(3))),
                Long.parseLong(reply.get(4)), Long.parseLong(reply.get(5)), Long.parseLong(reply.get(6)),
                Long.parseLong(reply.get(7)));
    }

    private GateStatus transition(GateId gate, String action) {
        check(gate, action, redis.execute(scripts.transition, keys.of(gate), gate.value(), now(), action));
        return status(gate);
    }

    private static void check(GateId gate, String action, String outcome) {
        if (outcome == null || outcome.equals("NO_GATE")) {
            throw new GateNotFound(gate);
        }
        if (outcome.startsWith("ILLEGAL:")) {
            throw new IllegalGateTransition(gate, action, outcome.substring("ILLEGAL:".length()));
        }
    }

    private String now() {
        return Long.toString(clock.millis());
    }
}
