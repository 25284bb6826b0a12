package dev.rallypoint.court.payment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Business metrics of the saga: payments requested, their outcomes ({@code succeeded}, {@code failed},
 * {@code timeout}, {@code cancelled}), refunds by reason, and the time from request to confirmation.
 */
@Component
class PaymentMetrics {

    private final MeterRegistry registry;

    private final Counter requested;

    private final Timer confirmation;

    PaymentMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.requested = Counter.builder("rallypoint.payments.requested").description("Payments requested")
                .register(registry);
        this.confirmation = Timer.builder("rallypoint.payments.confirmation")
                .description("From the payment request to the reservation's confirmation")
                .publishPercentileHistogram()
                .register(registry);
    }

    void requested() {
        requested.increment();
    }

    void succeeded(Duration took) {
        outcome("succeeded");
        confirmation.record(took);
    }

    void outcome(String outcome) {
        registry.counter("rallypoint.payments.outcomes", "outcome", outcome).increment();
    }

    void refund(String reason) {
        registry.counter("rallypoint.payments.refunds", "reason", reason).increment();
    }
}
