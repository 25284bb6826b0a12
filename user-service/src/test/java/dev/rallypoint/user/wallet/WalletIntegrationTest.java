package dev.rallypoint.user.wallet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The one application context the wallet's integration tests share: the whole user-service on a
 * random port against the run's PostgreSQL and Kafka, with quick consumer retries.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "rallypoint.messaging.retry-backoff=100ms",
        "rallypoint.messaging.resubmit-every=1s",
        "rallypoint.messaging.resubmit-after=1s",
        "spring.kafka.consumer.properties.metadata.max.age.ms=1000" })
@interface WalletIntegrationTest {
}
