package dev.rallypoint.queue.waitingroom;

import dev.rallypoint.support.redis.RedisUnavailable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Admits waiters at each open gate's rate, strictly in queue order and never beyond its active
 * limit, and expires admissions that timed out and waiters who stopped polling. Every round for a
 * gate is one atomic script that keeps the gate's token bucket in Redis, so several instances
 * running workers together admit each waiter once and the gate's rate in total. While Redis does not
 * answer, rounds are skipped (logged once per outage) and admission resumes with the first round
 * Redis answers again.
 */
class AdmissionWorker {

    private static final Logger log = LoggerFactory.getLogger(AdmissionWorker.class);

    private final StringRedisTemplate redis;

    private final WaitingRoomScripts scripts;

    private final GateKeys keys;

    private final WaitingRoomProperties properties;

    private final Clock clock;

    private final Counter admissions;

    private volatile boolean redisFailing;

    AdmissionWorker(StringRedisTemplate redis, WaitingRoomScripts scripts, GateKeys keys,
            WaitingRoomProperties properties, Clock clock, MeterRegistry meters) {
        this.redis = redis;
        this.scripts = scripts;
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
        this.admissions = meters.counter("rallypoint.queue.admissions");
    }

    /** Users admitted by one round at one gate, numbered in admission order across all workers. */
    record Admitted(GateId gate, long firstNumber, List<UUID> users) {
    }

    /** A scheduled round: survives a Redis outage and says once when it began and when it ended. */
    void round() {
        try {
            admit();
            if (redisFailing) {
                redisFailing = false;
                log.info("Redis answers again: admission resumed");
            }
        }
        catch (RedisUnavailable ex) {
            if (!redisFailing) {
                redisFailing = true;
                log.warn("Admission paused while Redis does not answer: {}", ex.getMessage());
            }
        }
    }

    /** One round over every gate that is not closed. */
    List<Admitted> admit() {
        Set<String> gates = redis.opsForSet().members(keys.protectedGates());
        List<Admitted> rounds = new ArrayList<>();
        if (gates != null) {
            for (String gate : gates) {
                Admitted admitted = admit(new GateId(gate));
                if (!admitted.users().isEmpty()) {
                    rounds.add(admitted);
                }
            }
        }
        return rounds;
    }

    @SuppressWarnings("unchecked")
    Admitted admit(GateId gate) {
        WaitingRoomProperties.Worker worker = properties.worker();
        List<String> reply = (List<String>) redis.execute(scripts.admit, keys.of(gate), Long.toString(clock.millis()),
                Long.toString(properties.admissionLifetime().toMillis()),
                Long.toString(properties.waiterTimeout().toMillis()), Double.toString(worker.burst()),
                Integer.toString(worker.batch()));
        List<UUID> users = reply.stream().skip(1).map(UUID::fromString).toList();
        admissions.increment(users.size());
        return new Admitted(gate, Long.parseLong(reply.getFirst()), users);
    }
}
