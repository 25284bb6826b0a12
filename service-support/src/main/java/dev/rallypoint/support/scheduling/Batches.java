package dev.rallypoint.support.scheduling;

import java.util.function.IntSupplier;

/** Work done in bounded batches, each in its own transaction, so no sweep holds many rows at once. */
public final class Batches {

    private Batches() {
    }

    /**
     * Runs {@code batch} until it handles fewer than {@code size} items (nothing more is due).
     * @return how many items all runs handled
     */
    public static int drain(int size, IntSupplier batch) {
        int total = 0;
        int handled;
        do {
            handled = batch.getAsInt();
            total += handled;
        }
        while (handled == size);
        return total;
    }
}
