package dev.rallypoint.gateway;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;

/**
 * The gates queue-service keeps open, read from its Redis set at most once per cache time by each
 * gateway instance (never a call to queue-service per request). While Redis is unreachable the
 * last set read stays in force.
 */
final class ProtectedGates {

    private final AtomicReference<Set<String>> lastKnown = new AtomicReference<>(Set.of());

    private final Mono<Set<String>> current;

    ProtectedGates(ReactiveStringRedisTemplate redis, String key, Duration cacheTime) {
        this.current = redis.opsForSet().members(key)
                .collect(HashSet<String>::new, Set::add)
                .<Set<String>>map(Set::copyOf)
                .doOnNext(lastKnown::set)
                .timeout(Duration.ofMillis(500))
                .onErrorResume(ex -> Mono.just(lastKnown.get()))
                .cache(gates -> cacheTime, ex -> Duration.ZERO, () -> cacheTime);
    }

    Mono<Boolean> isProtected(String gate) {
        return current.map(gates -> gates.contains(gate));
    }
}
