package dev.rallypoint.court.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the payment saga waits.
 *
 * @param answerTimeout how long a payment waits for the wallet's answer before it is cancelled
 * @param timeoutSweep how often overdue payments are looked for
 * @param timeoutBatch overdue payments resolved per transaction
 */
@ConfigurationProperties("rallypoint.payments")
record PaymentProperties(@DefaultValue("30s") Duration answerTimeout, @DefaultValue("1s") Duration timeoutSweep,
        @DefaultValue("200") int timeoutBatch) {
}
