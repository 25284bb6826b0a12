package dev.rallypoint.support.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Keeps the outbox moving while the service runs: sends again what did not reach the broker (it was
 * down, or the send failed), and forgets completed publications and processed-event marks after the
 * retention time. A resubmission may deliver an event twice; consumers are idempotent.
 */
class OutboxMaintenance implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxMaintenance.class);

    private final IncompleteEventPublications incomplete;

    private final CompletedEventPublications completed;

    private final ProcessedEvents processed;

    private final MessagingProperties properties;

    private ScheduledExecutorService scheduler;

    OutboxMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            ProcessedEvents processed, MessagingProperties properties) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.processed = processed;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-maintenance").daemon().factory());
        long every = properties.resubmitEvery().toMillis();
        scheduler.scheduleWithFixedDelay(this::resubmit, every, every, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitAfter());
        }
        catch (RuntimeException ex) {
            log.warn("Resubmitting incomplete event publications failed: {}", ex.toString());
        }
    }

    void purge() {
        try {
            Duration keep = properties.keepCompleted();
            completed.deletePublicationsOlderThan(keep);
            processed.forget(keep);
        }
        catch (RuntimeException ex) {
            log.warn("Purging completed event publications failed: {}", ex.toString());
        }
    }
}
