package dev.rallypoint.support.redis;

import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Replaces a servlet service's {@link StringRedisTemplate} by a {@link FailFastRedisTemplate} on the
 * same connection factory (breaker opened by two failures in a row, for {@code rallypoint.redis.breaker.open-for},
 * default 2 s), and
 * answers {@link RedisUnavailable} with a 503. The command and connect time-outs themselves are
 * {@code spring.data.redis.timeout} and {@code connect-timeout} in the service defaults.
 */
@AutoConfiguration
@ConditionalOnClass(StringRedisTemplate.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnProperty(name = "rallypoint.redis.breaker.enabled", matchIfMissing = true)
@Import(RedisProblemHandler.class)
public class FailFastRedisAutoConfiguration {

    @Bean
    static BeanPostProcessor failFastRedisTemplates(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean.getClass() != StringRedisTemplate.class) {
                    return bean;
                }
                Duration openFor = environment.getProperty("rallypoint.redis.breaker.open-for", Duration.class,
                        Duration.ofSeconds(2));
                FailFastRedisTemplate template = new FailFastRedisTemplate(
                        ((StringRedisTemplate) bean).getRequiredConnectionFactory(), new RedisBreaker(openFor, 2));
                template.afterPropertiesSet();
                return template;
            }
        };
    }
}
