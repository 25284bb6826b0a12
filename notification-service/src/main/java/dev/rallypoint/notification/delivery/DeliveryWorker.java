package dev.rallypoint.notification.delivery;

import dev.rallypoint.notification.preference.ChannelType;
import dev.rallypoint.support.scheduling.Batches;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the due messages of the queue. Each claimed message is sent on a virtual thread of its own, so a
 * slow or failing channel holds up neither the other channels nor the consumers (which only queue); a
 * failure is tried again after a backoff that doubles each time, up to the attempt limit. Any number of
 * instances may run it: claims skip what another instance holds.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Deliveries deliveries;

    private final Map<ChannelType, Channel> channels = new EnumMap<>(ChannelType.class);

    private final DeliveryProperties properties;

    private final MeterRegistry meters;

    private final Clock clock;

    DeliveryWorker(Deliveries deliveries, List<Channel> channels, DeliveryProperties properties, MeterRegistry meters,
            Clock clock) {
        this.deliveries = deliveries;
        channels.forEach(channel -> this.channels.put(channel.type(), channel));
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /** Sends what is due until nothing is; answers how many messages it attempted. */
    int runDue() {
        return Batches.drain(properties.batch(), this::runBatch);
    }

    private int runBatch() {
        List<Deliveries.Claimed> claimed = deliveries.claim(properties.batch(), clock.instant().plus(properties.lease()));
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> sending = new ArrayList<>();
            for (Deliveries.Claimed message : claimed) {
                sending.add(senders.submit(() -> send(message)));
            }
            for (Future<?> one : sending) {
                try {
                    one.get();
                }
                catch (Exception ex) {
                    log.warn("Sending a message failed unexpectedly: {}", ex.toString());
                }
            }
        }
        return claimed.size();
    }

    private void send(Deliveries.Claimed claimed) {
        Channel.Message message = claimed.message();
        Channel channel = channels.get(claimed.channel());
        try {
            channel.send(message);
            deliveries.sent(message.id());
            meters.counter("rallypoint.notifications.deliveries", "channel", claimed.channel().name(), "outcome", "sent")
                    .increment();
        }
        catch (Exception ex) {
            int attempts = claimed.attempts() + 1;
            Instant retryAt = attempts >= properties.maxAttempts() ? null
                    : clock.instant().plus(properties.backoffAfter(attempts));
            deliveries.failed(message.id(), ex.toString(), retryAt);
            meters.counter("rallypoint.notifications.deliveries", "channel", claimed.channel().name(), "outcome",
                    retryAt == null ? "failed" : "retried").increment();
            log.warn("{} message {} attempt {} failed ({}); {}", claimed.channel(), message.id(), attempts, ex.toString(),
                    retryAt == null ? "given up" : "next attempt at " + retryAt);
        }
    }
}
