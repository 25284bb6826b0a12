package dev.rallypoint.court.payment;

import dev.rallypoint.support.security.ServiceTokens;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks the wallet what became of a payment, as court-service (service token), before the saga gives
 * up on it. Feign's timeouts bound each call; when the wallet keeps failing a circuit breaker opens,
 * and the saga is told at once that nothing can be known (it waits and asks again later).
 */
@Component
class WalletInquiry {

    private static final Logger log = LoggerFactory.getLogger(WalletInquiry.class);

    private final WalletClient wallet;

    private final ObjectProvider<ServiceTokens> tokens;

    private final CircuitBreaker breaker = CircuitBreaker.of("wallet-payment-status", CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(10)
            .minimumNumberOfCalls(3)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(10))
            .permittedNumberOfCallsInHalfOpenState(1)
            .build());

    WalletInquiry(WalletClient wallet, ObjectProvider<ServiceTokens> tokens) {
        this.wallet = wallet;
        this.tokens = tokens;
    }

    WalletVerdict ask(UUID paymentId) {
        ServiceTokens serviceTokens = tokens.getIfAvailable();
        if (serviceTokens == null) {
            return new WalletVerdict.Unreachable("no service client configured");
        }
        try {
            WalletClient.WalletPaymentStatus answer = breaker.executeSupplier(
                    () -> wallet.status(serviceTokens.authorization(), paymentId));
            return switch (answer.status()) {
                case "PAID" -> new WalletVerdict.Paid();
                case "UNKNOWN" -> new WalletVerdict.NeverArrived();
                case "DECLINED", "CANCELLED", "REFUNDED" -> new WalletVerdict.NotPaid(
                        answer.reason() == null ? answer.status() : answer.reason());
                default -> new WalletVerdict.Unreachable("unexpected status " + answer.status());
            };
        }
        catch (CallNotPermittedException ex) {
            return new WalletVerdict.Unreachable("circuit open");
        }
        catch (RuntimeException ex) {
            log.warn("Could not ask the wallet about payment {}: {}", paymentId, ex.toString());
            return new WalletVerdict.Unreachable(ex.getClass().getSimpleName());
        }
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }
}
