package dev.rallypoint.court.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the payment saga waits.
 *
 * @param answerTimeout how long a payment waits for the wallet's answer, counted from when its request
 *        left the outbox; then the wallet is asked what became of it
 * @param timeoutSweep how often overdue payments are looked for
 * @param timeoutBatch overdue payments looked into per round
 * @param inquiryRetry when the wallet cannot be asked, how long until it is asked again
 * @param giveUpAfter counted from when the request left the outbox: a payment the wallet could not be
 *        asked about for this long is cancelled anyway (a debit arriving later is paid back)
 */
@ConfigurationProperties("rallypoint.payments")
record PaymentProperties(@DefaultValue("30s") Duration answerTimeout, @DefaultValue("1s") Duration timeoutSweep,
        @DefaultValue("200") int timeoutBatch, @DefaultValue("10s") Duration inquiryRetry,
        @DefaultValue("5m") Duration giveUpAfter) {
}
