package dev.rallypoint.gateway;

import dev.rallypoint.gateway.GatewayProperties.Budget;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.script.DefaultRedisScript;

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

    /**
     * Spring Cloud Gateway's token-bucket script, read into memory once. Loaded from a jar, it is
     * otherwise asked on every request whether its file changed, which throws (and catches) an
     * exception per request.
     */
    @Bean
    static BeanPostProcessor rateLimitScriptReadOnce() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DefaultRedisScript<?> script && name.equals("redisRequestRateLimiterScript")) {
                    script.setScriptText(script.getScriptAsString());
                }
                return bean;
            }
        };
    }

    private static RedisRateLimiter limiter(Budget budget) {
        return new RedisRateLimiter(budget.replenishRate(), budget.burstCapacity(), budget.requestedTokens());
    }
}
