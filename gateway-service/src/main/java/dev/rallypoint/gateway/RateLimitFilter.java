package dev.rallypoint.gateway;

import dev.rallypoint.gateway.GatewayProperties.Budget;
import dev.rallypoint.gateway.GatewayProperties.RateLimits;
import java.net.InetSocketAddress;
import java.security.Principal;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spends one request from the caller's budget before routing: per user when signed in, per client
 * address otherwise, and a much smaller per-address budget for sign-up, login and refresh (against
 * password guessing and sign-up floods). Over budget is a 429 problem with {@code Retry-After} and
 * the {@code X-RateLimit-*} headers. If Redis is unreachable the call is let through.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final RateLimits limits;

    private final RedisRateLimiter user;

    private final RedisRateLimiter anonymous;

    private final RedisRateLimiter authentication;

    private final String keyPrefix;

    RateLimitFilter(GatewayProperties properties, RedisRateLimiter userRateLimiter,
            @Qualifier("anonymousRateLimiter") RedisRateLimiter anonymousRateLimiter,
            @Qualifier("authenticationRateLimiter") RedisRateLimiter authenticationRateLimiter,
            @Value("${rallypoint.redis.key-prefix:rp:}") String keyPrefix) {
        this.limits = properties.rateLimits();
        this.user = userRateLimiter;
        this.anonymous = anonymousRateLimiter;
        this.authentication = authenticationRateLimiter;
        this.keyPrefix = keyPrefix + "rate:";
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!limits.enabled()) {
            return chain.filter(exchange);
        }
        String address = clientAddress(exchange);
        String path = exchange.getRequest().getPath().value();
        Mono<Bucket> bucket = limits.authenticationPaths().stream().anyMatch(pattern -> PATHS.match(pattern, path))
                ? Mono.just(new Bucket(authentication, limits.authentication(), "auth:" + address))
                : exchange.getPrincipal().map(Principal::getName)
                        .map(subject -> new Bucket(user, limits.user(), "user:" + subject))
                        .defaultIfEmpty(new Bucket(anonymous, limits.anonymous(), "ip:" + address));
        return bucket.flatMap(chosen -> chosen.limiter().isAllowed("rallypoint", keyPrefix + chosen.key())
                .flatMap(response -> {
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    response.getHeaders().forEach(headers::set);
                    if (response.isAllowed()) {
                        return chain.filter(exchange);
                    }
                    headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds(chosen.budget())));
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

    private record Bucket(RedisRateLimiter limiter, Budget budget, String key) {
    }
}
