package dev.rallypoint.court.reservation;

import dev.rallypoint.court.Actor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Business metrics of reservations: holds taken, conflicts by the guard that turned the loser away
 * ({@code marker}, {@code lock}, {@code database}), expiries, changes and cancellations.
 */
@Component
class ReservationMetrics {

    private final MeterRegistry registry;

    private final Counter holds;

    private final Counter expiries;

    private final Counter changes;

    ReservationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.holds = Counter.builder("rallypoint.reservations.holds").description("Holds taken").register(registry);
        this.expiries = Counter.builder("rallypoint.reservations.expiries").description("Holds expired unpaid").register(registry);
        this.changes = Counter.builder("rallypoint.reservations.changes").description("Reservations moved").register(registry);
    }

    void held() {
        holds.increment();
    }

    void conflict(String guard) {
        registry.counter("rallypoint.reservations.conflicts", "guard", guard).increment();
    }

    void expired(int count) {
        expiries.increment(count);
    }

    void changed() {
        changes.increment();
    }

    void cancelled(Actor by) {
        registry.counter("rallypoint.reservations.cancellations", "by", by.name()).increment();
    }
}
