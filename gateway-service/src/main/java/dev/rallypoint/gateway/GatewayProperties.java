package dev.rallypoint.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the gateway exposes, to whom, and how fast.
 *
 * @param services for each service id registered in discovery, the public path patterns it owns
 * @param publicPaths what anonymous callers may reach, as {@code "GET /api/v1/courts/**"} or {@code "/path/**"}
 * @param rateLimits request budgets kept in Redis
 * @param streams for each service id, the paths of its long-lived GET streams (Server-Sent Events),
 *        routed without circuit breaker or response time-out
 */
@ConfigurationProperties("rallypoint.gateway")
record GatewayProperties(Map<String, List<String>> services, @DefaultValue List<String> publicPaths,
        RateLimits rateLimits, Map<String, List<String>> streams) {

    GatewayProperties {
        services = services == null ? Map.of() : new LinkedHashMap<>(services);
        streams = streams == null ? Map.of() : new LinkedHashMap<>(streams);
    }

    /**
     * @param enabled whether budgets are enforced at all
     * @param user per signed-in user
     * @param anonymous per client address, for calls without a token
     * @param authentication per client address, for sign-up, login and token refresh
     * @param authenticationPaths the paths {@code authentication} applies to
     */
    record RateLimits(@DefaultValue("true") boolean enabled, Budget user, Budget anonymous, Budget authentication,
            List<String> authenticationPaths) {
    }

    /**
     * A token bucket: {@code replenishRate} tokens a second up to {@code burstCapacity}; each request
     * takes {@code requestedTokens}. 1/30/6 allows a burst of five, then one request every six seconds.
     */
    record Budget(int replenishRate, int burstCapacity, int requestedTokens) {
    }
}
