package dev.rallypoint.support.redis;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Skips Redis for a while after it failed to answer. Closed, every call goes through; {@code failuresToOpen}
 * failures in a row (time-outs, lost connections; one slow command on a busy machine is not an outage)
 * open it for {@code openFor}, during which calls are refused at once; then a single trial call goes
 * through while the others are still refused, and its outcome closes it or opens it again. Lock-free
 * and allocation-free on the closed path.
 */
public final class RedisBreaker {

    private final long openForNanos;

    private final int failuresToOpen;

    private final AtomicInteger failuresInARow = new AtomicInteger();

    private volatile boolean open;

    private volatile long trialAt;

    private final AtomicBoolean trialRunning = new AtomicBoolean();

    public RedisBreaker(Duration openFor, int failuresToOpen) {
        this.openForNanos = openFor.toNanos();
        this.failuresToOpen = failuresToOpen;
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
        if (failuresInARow.get() != 0) {
            failuresInARow.set(0);
        }
        if (open) {
            open = false;
            trialRunning.set(false);
        }
    }

    /** Redis did not answer in time or could not be reached. */
    public void failed() {
        if (failuresInARow.incrementAndGet() < failuresToOpen && !open) {
            return;
        }
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
