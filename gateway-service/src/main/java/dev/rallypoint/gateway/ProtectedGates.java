package dev.rallypoint.gateway;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;

/**
 * The gates queue-service keeps open, read from its Redis set at most once per cache time by each
 * gateway instance (never a call to queue-service per request). While Redis is unreachable
 * ({@link RedisBreaker}) the last set read stays in force; a gateway that has not read it once since
 * it started does not know whether a gate is open, and says so ({@link Protection#UNKNOWN}).
 */
final class ProtectedGates {

    /** Whether a gate is behind the waiting room now. */
    enum Protection {
        PROTECTED, OPEN, UNKNOWN
    }

    private final AtomicReference<Set<String>> lastKnown = new AtomicReference<>();

    private final Mono<Set<String>> current;

    ProtectedGates(ReactiveStringRedisTemplate redis, String key, Duration cacheTime, RedisBreaker breaker) {
        this.current = breaker.guard(redis.opsForSet().members(key)
                        .collect(HashSet<String>::new, Set::add)
                        .<Set<String>>map(Set::copyOf)
                        .timeout(Duration.ofMillis(500)))
                .doOnNext(lastKnown::set)
                .onErrorResume(ex -> Mono.justOrEmpty(lastKnown.get()))
                .cache(gates -> cacheTime, ex -> Duration.ZERO, () -> cacheTime);
    }

    Mono<Protection> protectionOf(String gate) {
        return current.map(gates -> gates.contains(gate) ? Protection.PROTECTED : Protection.OPEN)
                .defaultIfEmpty(Protection.UNKNOWN);
    }
}
