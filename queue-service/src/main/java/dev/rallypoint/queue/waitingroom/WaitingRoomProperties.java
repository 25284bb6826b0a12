package dev.rallypoint.queue.waitingroom;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the waiting room behaves.
 *
 * @param admissionLifetime how long an admitted user may take to hold and pay before the admission times out
 * @param waiterTimeout a waiter who has not polled for this long loses the place
 * @param pollMin the soonest a waiter is told to poll again
 * @param pollMax the latest a waiter is told to poll again; kept well under {@code waiterTimeout}
 * @param preQueue how long before a scheduled opening joins are accepted into the pre-queue
 * @param worker the admission worker
 * @param admissionSecret the HS256 key shared with the gateway (at least 32 bytes)
 * @param processedEventTtl how long a consumed event id is remembered against redelivery
 */
@ConfigurationProperties("rallypoint.queue")
record WaitingRoomProperties(
        @DefaultValue("10m") Duration admissionLifetime,
        @DefaultValue("60s") Duration waiterTimeout,
        @DefaultValue("1s") Duration pollMin,
        @DefaultValue("15s") Duration pollMax,
        @DefaultValue("30m") Duration preQueue,
        @DefaultValue Worker worker,
        String admissionSecret,
        @DefaultValue("7d") Duration processedEventTtl) {

    /**
     * @param enabled whether this instance runs admission rounds (any number of instances may)
     * @param interval the pause between rounds
     * @param burst how many seconds' worth of the rate may accumulate while admission is held back
     * @param batch the most users admitted or expired per gate and round
     */
    record Worker(@DefaultValue("true") boolean enabled, @DefaultValue("100ms") Duration interval,
            @DefaultValue("1") double burst, @DefaultValue("1000") int batch) {
    }
}
