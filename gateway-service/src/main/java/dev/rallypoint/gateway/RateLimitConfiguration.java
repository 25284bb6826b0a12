package dev.rallypoint.gateway;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The request budgets of {@link GatewayProperties.RateLimits}: Redis token buckets shared by every
 * gateway instance ({@link RequestBudgets}).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RequestBudgets requestBudgets(ReactiveStringRedisTemplate redis,
            @Qualifier("redisRequestRateLimiterScript") RedisScript<List<Long>> script, RedisBreaker breaker, Clock clock) {
        return new RequestBudgets(redis, script, breaker, clock);
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
}
