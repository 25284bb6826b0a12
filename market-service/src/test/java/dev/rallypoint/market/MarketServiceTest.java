package dev.rallypoint.market;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import dev.rallypoint.test.Traffic;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The one application context every integration test of the service shares: the real service on a random
 * port with a movable clock, real PostgreSQL, Redis and Kafka. Its database and Redis traffic can be
 * counted ({@link Traffic}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "rallypoint.market.trade.confirmation-sweep=1h",
        "rallypoint.messaging.retry-backoff=100ms",
        "rallypoint.messaging.resubmit-every=1s",
        "rallypoint.messaging.resubmit-after=1s",
        "spring.datasource.driver-class-name=dev.rallypoint.test.CountingDriver" })
@AutoConfigureRestTestClient
@Import({ TestClockConfiguration.class, Traffic.RedisCounting.class })
public @interface MarketServiceTest {
}
