package dev.rallypoint.market.trade;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * market-service on a random port in the {@link EscrowWorld}: its own Kafka broker and database, the real
 * wallet answering over that broker. Test classes also register {@link EscrowWorld#register} as their
 * {@code @DynamicPropertySource}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "rallypoint.market.trade.confirmation-sweep=1h",
        "rallypoint.messaging.retry-backoff=100ms",
        "rallypoint.messaging.resubmit-every=1s",
        "rallypoint.messaging.resubmit-after=2s",
        "management.tracing.sampling.probability=0" })
@interface EscrowSagaTest {
}
