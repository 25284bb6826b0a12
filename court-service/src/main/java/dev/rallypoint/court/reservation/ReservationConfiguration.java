package dev.rallypoint.court.reservation;

import dev.rallypoint.support.scheduling.PeriodicTask;
import org.redisson.config.Config;
import org.redisson.spring.starter.RedissonAutoConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReservationProperties.class)
class ReservationConfiguration {

    /** A Redis command that has not answered in this long is given up (Redis answers in microseconds). */
    static final int REDIS_TIMEOUT_MILLIS = 1000;

    @Bean
    PeriodicTask reservationExpirySweep(ReservationExpiry expiry, ReservationProperties properties) {
        return new PeriodicTask("reservation-expiry", properties.expiry().every(), expiry::sweep);
    }

    /**
     * Redis is a hint in front of the database: a command that hangs (Redis paused or unreachable) is
     * given up after a second and not retried, so a hold never waits long for it and the slot guard's
     * circuit breaker opens after the first failures. Redisson's defaults (3 s, several retries) made
     * every hold wait for many seconds while Redis was down.
     */
    @Bean
    RedissonAutoConfigurationCustomizer failFastRedis() {
        return ReservationConfiguration::failFast;
    }

    static void failFast(Config config) {
        config.useSingleServer().setTimeout(REDIS_TIMEOUT_MILLIS).setRetryAttempts(0);
    }
}
