package dev.rallypoint.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * One breaker around every Redis call a request waits on (rate limits, the waiting room's gate set).
 * Each call is bounded by the Redis command time-out ({@code spring.data.redis.timeout}, 500 ms); when
 * half of the last calls failed or timed out, the breaker opens and, for
 * {@code rallypoint.gateway.redis.open-for} (2 s), calls fail at once with
 * {@link io.github.resilience4j.circuitbreaker.CallNotPermittedException}, so that during a Redis
 * outage no request pays a time-out; then two calls probe Redis again. Each caller decides what a
 * failure means (docs/runbook.md, "Redis down"): rate limits fall back to local buckets, the gate set
 * to the last one read.
 */
@Component
class RedisBreaker {

    private static final Logger log = LoggerFactory.getLogger(RedisBreaker.class);

    private final CircuitBreaker breaker;

    RedisBreaker(@Value("${rallypoint.gateway.redis.open-for:2s}") Duration openFor) {
        this.breaker = CircuitBreaker.of("redis", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(50)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(2)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> log.warn("Redis breaker: {}",
                event.getStateTransition()));
    }

    /** The call, failing at once while Redis is known to be unreachable. */
    <T> Mono<T> guard(Mono<T> call) {
        return call.transformDeferred(CircuitBreakerOperator.of(breaker));
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }
}
