package dev.rallypoint.queue.waitingroom;

import dev.rallypoint.common.id.Uuids;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * What a user does at a gate: join (one token per user and gate; joining again keeps the place),
 * poll the position, and leave. Each is one atomic script; a position is a sorted-set rank, so
 * no read costs more than O(log n).
 */
@Component
class WaitingRoom {

    private final StringRedisTemplate redis;

    private final WaitingRoomScripts scripts;

    private final GateKeys keys;

    private final AdmissionTokens admissionTokens;

    private final WaitingRoomProperties properties;

    private final Clock clock;

    private final AdmissionRevocations revocations;

    private final SecureRandom random = new SecureRandom();

    WaitingRoom(StringRedisTemplate redis, WaitingRoomScripts scripts, GateKeys keys, AdmissionTokens admissionTokens,
            WaitingRoomProperties properties, Clock clock, AdmissionRevocations revocations) {
        this.redis = redis;
        this.scripts = scripts;
        this.keys = keys;
        this.admissionTokens = admissionTokens;
        this.properties = properties;
        this.clock = clock;
        this.revocations = revocations;
    }

    /** A ticket and whether this call created it. */
    record Joined(Ticket ticket, boolean created) {
    }

    Joined join(GateId gate, UUID user) {
        // the pre-queue draw: a secret uniform key, 53 bits so a Redis score holds it exactly
        String draw = Long.toString(random.nextLong() >>> 11);
        List<String> reply = run(scripts.join, gate, user.toString(), Uuids.timeOrdered().toString(), now(), draw);
        return switch (reply.getFirst()) {
            case "JOINED" -> new Joined(ticket(gate, user, reply), true);
            case "KEPT" -> new Joined(ticket(gate, user, reply), false);
            case "TOO_EARLY" -> throw new GateNotOpenYet(gate,
                    Instant.ofEpochMilli(Long.parseLong(reply.get(1))).minus(properties.preQueue()));
            default -> throw refusal(gate, reply.getFirst());
        };
    }

    Ticket poll(GateId gate, UUID user, UUID token) {
        List<String> reply = run(scripts.poll, gate, user.toString(), token.toString(), now());
        if (!reply.getFirst().equals("OK")) {
            throw refusal(gate, reply.getFirst());
        }
        return ticket(gate, user, reply);
    }

    void leave(GateId gate, UUID user, UUID token) {
        Long left = redis.execute(scripts.leave, keys.of(gate), user.toString(), token.toString());
        if (left == null || left == 0) {
            throw new QueueTokenNotFound(gate);
        }
        revocations.revoke(gate, user);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private List<String> run(RedisScript<List> script, GateId gate, String... args) {
        return (List<String>) redis.execute(script, keys.of(gate), (Object[]) args);
    }

    private String now() {
        return Long.toString(clock.millis());
    }

    private static RuntimeException refusal(GateId gate, String outcome) {
        return switch (outcome) {
            case "NO_GATE" -> new GateNotFound(gate);
            case "CLOSED" -> new GateClosed(gate);
            default -> new QueueTokenNotFound(gate);
        };
    }

    /** Reply: outcome, token, gate state, rate, opening time, status, position, admission expiry. */
    private Ticket ticket(GateId gate, UUID user, List<String> reply) {
        UUID token = UUID.fromString(reply.get(1));
        GateState state = GateState.valueOf(reply.get(2));
        double rate = Double.parseDouble(reply.get(3));
        long opensAt = Long.parseLong(reply.get(4));
        TicketStatus status = TicketStatus.valueOf(reply.get(5));
        return switch (status) {
            case ADMITTED -> {
                Instant expiresAt = Instant.ofEpochMilli((long) Double.parseDouble(reply.get(7)));
                yield new Ticket(token, gate.value(), status, null, null, null, properties.pollMax().toSeconds(),
                        admissionTokens.sign(user, gate, token, expiresAt), expiresAt);
            }
            case WAITING -> {
                int position = Integer.parseInt(reply.get(6));
                Long wait = state == GateState.OPEN && rate > 0 ? (long) Math.ceil(position / rate) : null;
                yield new Ticket(token, gate.value(), status, position, wait, null, pollAfter(wait), null, null);
            }
            case PRE_QUEUE -> new Ticket(token, gate.value(), status, null, null, Instant.ofEpochMilli(opensAt),
                    pollAfter(Duration.between(clock.instant(), Instant.ofEpochMilli(opensAt)).toSeconds()), null, null);
        };
    }

    /** A quarter of the expected wait, within bounds: the near front polls often, the far back rarely. */
    private long pollAfter(Long waitSeconds) {
        long max = properties.pollMax().toSeconds();
        if (waitSeconds == null) {
            return max;
        }
        return Math.clamp(waitSeconds / 4, properties.pollMin().toSeconds(), max);
    }
}
