package dev.rallypoint.gateway;

import dev.rallypoint.gateway.GatewayProperties.Budget;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The three request budgets of {@link GatewayProperties.RateLimits}, each a Redis token bucket shared
 * by every gateway instance.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    @Primary
    RedisRateLimiter userRateLimiter(GatewayProperties properties) {
        return limiter(properties.rateLimits().user());
    }

    @Bean
    RedisRateLimiter anonymousRateLimiter(GatewayProperties properties) {
        return limiter(properties.rateLimits().anonymous());
    }

    @Bean
    RedisRateLimiter authenticationRateLimiter(GatewayProperties properties) {
        return limiter(properties.rateLimits().authentication());
    }

    private static RedisRateLimiter limiter(Budget budget) {
        return new RedisRateLimiter(budget.replenishRate(), budget.burstCapacity(), budget.requestedTokens());
    }
}
