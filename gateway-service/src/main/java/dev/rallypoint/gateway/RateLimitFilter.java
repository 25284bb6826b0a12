package dev.rallypoint.gateway;

import dev.rallypoint.gateway.GatewayProperties.Budget;
import dev.rallypoint.gateway.GatewayProperties.RateLimits;
import dev.rallypoint.support.redis.RedisKeyProperties;
import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Spends one request from the caller's budget before routing: per user when signed in, per client
 * address otherwise, and a much smaller per-address budget for sign-up, login and refresh (against
 * password guessing and sign-up floods). Over budget is a 429 problem with {@code Retry-After} and
 * the {@code X-RateLimit-*} headers. While Redis is unreachable the same budgets are kept per
 * gateway instance ({@link RequestBudgets}), and no call waits for Redis.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private final RateLimits limits;

    private final RequestBudgets budgets;

    private final List<PathPattern> authenticationPaths;

    private final String keyPrefix;

    RateLimitFilter(GatewayProperties properties, RequestBudgets budgets,
            RedisKeyProperties keys) {
        this.limits = properties.rateLimits();
        this.budgets = budgets;
        this.authenticationPaths = limits.authenticationPaths() == null ? List.of()
                : limits.authenticationPaths().stream().map(String::trim).map(PathPatternParser.defaultInstance::parse).toList();
        this.keyPrefix = keys.key("rate:");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!limits.enabled()) {
            return chain.filter(exchange);
        }
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        Mono<Bucket> bucket = authenticationPaths.stream().anyMatch(pattern -> pattern.matches(path))
                ? Mono.just(new Bucket(limits.authentication(), "auth:" + clientAddress(exchange)))
                : exchange.getPrincipal().map(Principal::getName)
                        .map(subject -> new Bucket(limits.user(), "user:" + subject))
                        .switchIfEmpty(Mono.fromSupplier(() -> new Bucket(limits.anonymous(), "ip:" + clientAddress(exchange))));
        return bucket.flatMap(chosen -> budgets.spend(chosen.budget(), keyPrefix + chosen.key())
                .flatMap(outcome -> {
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    Budget budget = chosen.budget();
                    headers.set("X-RateLimit-Remaining", Long.toString(outcome.remaining()));
                    headers.set("X-RateLimit-Replenish-Rate", Integer.toString(budget.replenishRate()));
                    headers.set("X-RateLimit-Burst-Capacity", Integer.toString(budget.burstCapacity()));
                    headers.set("X-RateLimit-Requested-Tokens", Integer.toString(budget.requestedTokens()));
                    if (outcome.allowed()) {
                        return chain.filter(exchange);
                    }
                    headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds(budget)));
                    return ProblemSecurityHandlers.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                            "Too many requests; slow down and try again shortly.");
                }));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    private static long retryAfterSeconds(Budget budget) {
        return Math.max(1, (budget.requestedTokens() + budget.replenishRate() - 1) / budget.replenishRate());
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote != null && remote.getAddress() != null ? remote.getAddress().getHostAddress() : "unknown";
    }

    private record Bucket(Budget budget, String key) {
    }
}
