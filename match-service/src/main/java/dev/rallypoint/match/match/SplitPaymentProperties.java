package dev.rallypoint.match.match;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a confirmed match's court is paid by its players' shares.
 *
 * @param answerTimeout how long the shares wait for the wallet's answers (never longer than the court hold)
 * @param courtRetry when every share is paid but court-service could not be told, how long until it is told again
 * @param sweep how often matches whose payment is overdue are looked into
 */
@ConfigurationProperties("rallypoint.match.payment")
record SplitPaymentProperties(
        @DefaultValue("45s") Duration answerTimeout,
        @DefaultValue("10s") Duration courtRetry,
        @DefaultValue("5s") Duration sweep) {
}
