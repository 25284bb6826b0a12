package dev.rallypoint.gateway;

import dev.rallypoint.gateway.GatewayProperties.Budget;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * The token buckets of {@link RateLimitFilter}: in Redis, shared by every gateway instance (Spring
 * Cloud Gateway's token-bucket script, one round trip per request, keys
 * {@code request_rate_limiter.{<key>}.tokens|timestamp}). While Redis cannot be reached
 * ({@link RedisBreaker}), each instance keeps the same budgets in local buckets instead: a caller
 * spread over N gateways may then get up to N times the budget, but never an unlimited one, and no
 * request waits for Redis.
 */
final class RequestBudgets {

    /** Local buckets are forgotten all at once beyond this many keys (an outage's worth of callers). */
    private static final int MAX_LOCAL_BUCKETS = 100_000;

    private final ReactiveStringRedisTemplate redis;

    private final RedisScript<List<Long>> script;

    private final RedisBreaker breaker;

    private final Clock clock;

    private final Map<String, LocalBucket> local = new ConcurrentHashMap<>();

    RequestBudgets(ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script, RedisBreaker breaker, Clock clock) {
        this.redis = redis;
        this.script = script;
        this.breaker = breaker;
        this.clock = clock;
    }

    /** Takes the budget's tokens from the key's bucket. */
    Mono<Outcome> spend(Budget budget, String key) {
        List<String> keys = List.of("request_rate_limiter.{" + key + "}.tokens", "request_rate_limiter.{" + key + "}.timestamp");
        List<String> args = List.of(Integer.toString(budget.replenishRate()), Integer.toString(budget.burstCapacity()), "",
                Integer.toString(budget.requestedTokens()));
        return breaker.guard(redis.execute(script, keys, args)
                        .reduce(new ArrayList<Long>(2), (all, part) -> {
                            all.addAll(part);
                            return all;
                        }))
                .map(result -> new Outcome(result.get(0) == 1L, result.get(1)))
                .onErrorResume(unavailable -> Mono.fromSupplier(() -> spendLocally(budget, key)));
    }

    private Outcome spendLocally(Budget budget, String key) {
        if (local.size() > MAX_LOCAL_BUCKETS) {
            local.clear();
        }
        return local.computeIfAbsent(key, any -> new LocalBucket(budget.burstCapacity(), clock.millis()))
                .spend(budget, clock.millis());
    }

    /** Whether the call may go on, and the tokens left in its bucket. */
    record Outcome(boolean allowed, long remaining) {
    }

    /** The script's arithmetic, in this instance's memory. */
    private static final class LocalBucket {

        private double tokens;

        private long refreshedAt;

        LocalBucket(int capacity, long now) {
            this.tokens = capacity;
            this.refreshedAt = now;
        }

        synchronized Outcome spend(Budget budget, long now) {
            tokens = Math.min(budget.burstCapacity(), tokens + Math.max(0, now - refreshedAt) * budget.replenishRate() / 1000.0);
            refreshedAt = now;
            boolean allowed = tokens >= budget.requestedTokens();
            if (allowed) {
                tokens -= budget.requestedTokens();
            }
            return new Outcome(allowed, (long) tokens);
        }
    }
}
