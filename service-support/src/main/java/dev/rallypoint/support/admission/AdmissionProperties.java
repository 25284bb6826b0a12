package dev.rallypoint.support.admission;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much work a service takes on at once, per instance.
 *
 * @param enabled whether requests are admitted through the bound at all
 * @param maxConcurrent requests worked on at the same time
 * @param maxWaiting requests allowed to wait for one of those places; any more are refused at once
 * @param maxWait how long a request waits for a place before it is refused; never past its deadline, so
 *        behind the gateway (whose deadline is its response time-out) this only bounds callers without one
 * @param retryAfter what a refused caller is told to wait before trying again
 * @param excludedPaths path prefixes admitted without a bound (health and metrics must answer under load)
 */
@ConfigurationProperties("rallypoint.admission")
public record AdmissionProperties(@DefaultValue("true") boolean enabled, @DefaultValue("100") int maxConcurrent,
        @DefaultValue("400") int maxWaiting, @DefaultValue("5s") Duration maxWait, @DefaultValue("1s") Duration retryAfter,
        @DefaultValue("/actuator") List<String> excludedPaths) {

    public AdmissionProperties {
        if (maxConcurrent < 1 || maxWaiting < 0) {
            throw new IllegalArgumentException("rallypoint.admission: max-concurrent must be positive, max-waiting not negative");
        }
        excludedPaths = List.copyOf(excludedPaths);
    }
}
