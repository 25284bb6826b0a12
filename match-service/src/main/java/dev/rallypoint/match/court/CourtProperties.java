package dev.rallypoint.match.court;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How match-service asks court-service for courts.
 *
 * @param timeLimit how long one attempt may take before it counts as failed
 * @param attempts how many times a hold is tried when court-service did not answer (same idempotency key)
 * @param retryWait the pause between attempts
 * @param openFor how long the breaker stays open before it lets a probe through
 */
@ConfigurationProperties("rallypoint.match.court")
record CourtProperties(
        @DefaultValue("3s") Duration timeLimit,
        @DefaultValue("3") int attempts,
        @DefaultValue("200ms") Duration retryWait,
        @DefaultValue("10s") Duration openFor) {
}
