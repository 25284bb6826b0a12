package dev.rallypoint.support.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Housekeeping that runs on its own thread at a fixed delay while the application runs, started and
 * stopped with the context. A failing run is logged and the next one happens as planned.
 */
public final class PeriodicTask implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;

    private final Duration every;

    private final Runnable task;

    private ScheduledExecutorService scheduler;

    public PeriodicTask(String name, Duration every, Runnable task) {
        this.name = name;
        this.every = every;
        this.task = task;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
        scheduler.scheduleWithFixedDelay(this::runOnce, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
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

    private void runOnce() {
        try {
            task.run();
        }
        catch (RuntimeException ex) {
            log.warn("{} failed: {}", name, ex.toString());
        }
    }
}
