package dev.rallypoint.queue.waitingroom;

import dev.rallypoint.common.identity.TokenRevocation;
import dev.rallypoint.support.redis.RedisKeyProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Ends the admission tokens of a user for a gate once the purchase is paid or the place is left: a
 * {@link TokenRevocation} stored in Redis for as long as an admission token lives and published to
 * the gateways, which stop accepting those tokens within seconds.
 */
@Component
class AdmissionRevocations {

    private static final Logger log = LoggerFactory.getLogger(AdmissionRevocations.class);

    private final StringRedisTemplate redis;

    private final String prefix;

    private final Duration keep;

    private final Clock clock;

    AdmissionRevocations(StringRedisTemplate redis, RedisKeyProperties keys,
            WaitingRoomProperties properties, Clock clock) {
        this.redis = redis;
        this.prefix = keys.keyPrefix();
        this.keep = properties.admissionLifetime().plus(Duration.ofMinutes(1));
        this.clock = clock;
    }

    void revoke(GateId gate, UUID user) {
        TokenRevocation revocation = TokenRevocation.ofAdmission(gate.value(), user, clock.instant());
        try {
            redis.opsForValue().set(revocation.key(prefix), revocation.value(), keep);
            redis.convertAndSend(prefix + TokenRevocation.CHANNEL, revocation.message());
        }
        catch (RuntimeException ex) {
            log.warn("Admission tokens of {} for {} not revoked at the gateway (they end when they expire): {}", user,
                    gate.value(), ex.toString());
        }
    }
}
