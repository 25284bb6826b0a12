package dev.rallypoint.support.redis;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Skips Redis for a while after it failed to answer. Closed, every call goes through; a failure
 * (time-out, lost connection) opens it for {@code openFor}, during which calls are refused at once;
 * then a single trial call goes through while the others are still refused, and its outcome closes it
 * or opens it again. Lock-free and allocation-free on the closed path.
 */
public final class RedisBreaker {

    private final long openForNanos;

    private volatile boolean open;

    private volatile long trialAt;

    private final AtomicBoolean trialRunning = new AtomicBoolean();

    public RedisBreaker(Duration openFor) {
        this.openForNanos = openFor.toNanos();
    }

    /** Whether a call may go to Redis now; true for at most one caller at a time while open. */
    public boolean permits() {
        if (!open) {
            return true;
        }
        return System.nanoTime() - trialAt >= 0 && trialRunning.compareAndSet(false, true);
    }

    /** Redis answered (whatever it answered). */
    public void succeeded() {
        if (open) {
            open = false;
            trialRunning.set(false);
        }
    }

    /** Redis did not answer in time or could not be reached. */
    public void failed() {
        trialAt = System.nanoTime() + openForNanos;
        open = true;
        trialRunning.set(false);
    }

    public boolean isOpen() {
        return open;
    }

    /** When a caller refused now should try again: when the next trial may run, at least a second. */
    public Duration retryAfter() {
        long left = open ? trialAt - System.nanoTime() : 0;
        return Duration.ofSeconds(Math.max(1, (left + 999_999_999L) / 1_000_000_000L));
    }
}
