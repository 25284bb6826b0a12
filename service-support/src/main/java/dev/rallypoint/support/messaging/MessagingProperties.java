package dev.rallypoint.support.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery guarantees of the outbox and the consumers.
 *
 * @param resubmitEvery how often publications that did not reach the broker are sent again
 * @param resubmitAfter how old an incomplete publication must be before it is sent again
 * @param keepCompleted how long completed publications and processed-event marks are kept
 * @param deliveryAttempts how often a consumer tries a record before it goes to the dead-letter topic
 * @param retryBackoff the pause between those attempts
 */
@ConfigurationProperties("rallypoint.messaging")
public record MessagingProperties(
        @DefaultValue("5s") Duration resubmitEvery,
        @DefaultValue("5s") Duration resubmitAfter,
        @DefaultValue("7d") Duration keepCompleted,
        @DefaultValue("3") int deliveryAttempts,
        @DefaultValue("500ms") Duration retryBackoff) {
}
