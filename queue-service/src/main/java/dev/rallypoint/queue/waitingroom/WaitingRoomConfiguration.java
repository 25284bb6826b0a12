package dev.rallypoint.queue.waitingroom;

import dev.rallypoint.support.redis.RedisKeyProperties;
import dev.rallypoint.support.redis.RedisUnavailable;
import dev.rallypoint.support.scheduling.PeriodicTask;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.util.backoff.FixedBackOff;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WaitingRoomProperties.class)
class WaitingRoomConfiguration {

    /** Events arrive as JSON bytes (the outbox writes them so) and are read into the listener's record type. */
    @Bean
    RecordMessageConverter eventConverter() {
        return new ByteArrayJacksonJsonMessageConverter();
    }

    /**
     * A record that keeps failing is tried three times, then parked on {@code <topic>-dlt}; one that
     * failed because Redis did not answer is tried again every second for up to ten minutes, so a Redis
     * outage delays the events instead of parking them.
     */
    @Bean
    CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<?, ?> template) {
        DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template),
                new FixedBackOff(500, 2));
        handler.setBackOffFunction((record, ex) -> causedByRedis(ex) ? new FixedBackOff(1000, 600) : null);
        return handler;
    }

    private static boolean causedByRedis(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RedisUnavailable) {
                return true;
            }
        }
        return false;
    }

    @Bean
    GateKeys gateKeys(RedisKeyProperties keys) {
        return new GateKeys(keys.keyPrefix());
    }

    @Bean
    WaitingRoomScripts waitingRoomScripts() {
        return new WaitingRoomScripts();
    }

    @Bean
    AdmissionTokens admissionTokens(WaitingRoomProperties properties, Clock clock) {
        return new AdmissionTokens(properties.admissionSecret(), clock);
    }

    @Bean
    AdmissionWorker admissionWorker(StringRedisTemplate redis, WaitingRoomScripts scripts, GateKeys keys,
            WaitingRoomProperties properties, Clock clock, MeterRegistry meters) {
        return new AdmissionWorker(redis, scripts, keys, properties, clock, meters);
    }

    @Bean
    @ConditionalOnProperty(name = "rallypoint.queue.worker.enabled", matchIfMissing = true)
    PeriodicTask admissionRounds(AdmissionWorker worker, WaitingRoomProperties properties) {
        return new PeriodicTask("admission-worker", properties.worker().interval(), worker::round);
    }
}
