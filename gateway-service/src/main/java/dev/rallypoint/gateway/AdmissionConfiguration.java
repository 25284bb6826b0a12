package dev.rallypoint.gateway;

import dev.rallypoint.support.redis.RedisKeyProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The waiting room's admission check on the routes of high-demand sales. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "rallypoint.gateway.admission.enabled", matchIfMissing = true)
class AdmissionConfiguration {

    @Bean
    AdmissionFilter admissionFilter(AdmissionProperties properties, ReactiveStringRedisTemplate redis,
            RedisKeyProperties keys, Clock clock, RedisBreaker breaker) {
        ProtectedGates gates = new ProtectedGates(redis, keys.key(properties.gatesKey()), properties.gatesCacheTime(),
                breaker);
        return new AdmissionFilter(properties, gates, new AdmissionTokenVerifier(properties.secret(), clock));
    }
}
