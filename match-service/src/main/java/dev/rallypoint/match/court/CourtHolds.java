package dev.rallypoint.match.court;

import dev.rallypoint.support.security.ServiceTokens;
import feign.FeignException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Holds and releases courts for matches through court-service. Each attempt is bounded by a time limit; an
 * attempt that got no answer is retried with the <em>same</em> idempotency key (court-service then answers
 * with the hold it already took, never a second one); when court-service keeps failing, a circuit breaker
 * opens and the matcher is told at once that courts are unavailable, until a probe succeeds. A 409 (no
 * court free) is an answer, not a failure: it neither trips the breaker nor is retried.
 */
@Component
public class CourtHolds {

    private static final Logger log = LoggerFactory.getLogger(CourtHolds.class);

    private final CourtClient courts;

    private final ObjectProvider<ServiceTokens> tokens;

    private final CircuitBreaker breaker;

    private final Retry retry;

    private final TimeLimiter timeLimiter;

    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    private final Object firstCall = new Object();

    private volatile boolean warmedUp;

    CourtHolds(CourtClient courts, ObjectProvider<ServiceTokens> tokens, CourtProperties properties) {
        this.courts = courts;
        this.tokens = tokens;
        this.breaker = CircuitBreaker.of("court-service", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(3)
                .failureRateThreshold(50)
                .waitDurationInOpenState(properties.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .ignoreExceptions(NoCourtAnswer.class)
                .build());
        this.retry = Retry.of("court-service", RetryConfig.custom()
                .maxAttempts(properties.attempts())
                .waitDuration(properties.retryWait())
                .retryOnException(ex -> !(ex instanceof NoCourtAnswer) && !(ex instanceof CallNotPermittedException)
                        && !(ex instanceof FeignException.FeignClientException))
                .build());
        this.retry.getEventPublisher().onRetry(event -> log.warn("court-service attempt {} failed: {}",
                event.getNumberOfRetryAttempts(), String.valueOf(event.getLastThrowable())));
        this.timeLimiter = TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(properties.timeLimit())
                .cancelRunningFuture(true).build());
    }

    /**
     * Holds a court of the club from {@code startsAt} to {@code endsAt} in the name of {@code memberId};
     * {@code key} identifies the match, so asking again for the same match answers the same hold.
     */
    public HoldOutcome hold(String key, UUID memberId, UUID clubId, Instant startsAt, Instant endsAt) {
        CourtClient.HoldRequest request = new CourtClient.HoldRequest(memberId, clubId, startsAt, endsAt);
        try {
            CourtClient.CourtReservation held = resilient(() -> {
                try {
                    return courts.hold(authorization(), key, request);
                }
                catch (FeignException.Conflict ex) {
                    throw new NoCourtAnswer();
                }
            });
            return new HoldOutcome.Held(held.id(), held.courtId(), held.memberId(), held.heldUntil(), held.price());
        }
        catch (NoCourtAnswer ex) {
            return new HoldOutcome.NoCourtFree();
        }
        catch (CallNotPermittedException ex) {
            return new HoldOutcome.Unavailable("circuit open");
        }
        catch (RuntimeException ex) {
            log.warn("court-service did not hold a court for {}: {}", key, ex.toString());
            return new HoldOutcome.Unavailable(ex.getClass().getSimpleName());
        }
    }

    /** Releases a hold taken for a match; answers whether court-service confirmed (else it expires by itself). */
    public boolean release(UUID reservationId, UUID memberId) {
        try {
            resilient(() -> courts.release(authorization(), reservationId, new CourtClient.ReleaseRequest(memberId)));
            return true;
        }
        catch (RuntimeException ex) {
            log.warn("Hold {} not released ({}); it expires by itself at court-service", reservationId, ex.toString());
            return false;
        }
    }

    /**
     * Tells court-service that the players paid the hold between them, so that it confirms the reservation.
     * Safe to repeat: a reservation already confirmed answers as confirmed.
     */
    public SplitConfirmation confirmPaid(UUID reservationId, UUID memberId) {
        try {
            CourtClient.CourtReservation confirmed = resilient(() -> {
                try {
                    return courts.paidBySplit(authorization(), reservationId, new CourtClient.SplitPaymentRequest(memberId));
                }
                catch (FeignException.Conflict | FeignException.NotFound ex) {
                    throw new NoCourtAnswer();
                }
            });
            return "CONFIRMED".equals(confirmed.status()) ? new SplitConfirmation.Confirmed()
                    : new SplitConfirmation.Refused(confirmed.status());
        }
        catch (NoCourtAnswer ex) {
            return new SplitConfirmation.Refused("no longer held");
        }
        catch (RuntimeException ex) {
            log.warn("court-service was not told that hold {} is paid: {}", reservationId, ex.toString());
            return new SplitConfirmation.Unavailable(ex.getClass().getSimpleName());
        }
    }

    /** The breaker's state, for health and tests. */
    public CircuitBreaker.State state() {
        return breaker.getState();
    }

    private <T> T resilient(Supplier<T> call) {
        Supplier<T> once = () -> warmedUp ? call.get() : first(call);
        Supplier<T> limited = () -> {
            try {
                return timeLimiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(once, calls));
            }
            catch (RuntimeException ex) {
                throw ex;
            }
            catch (ExecutionException ex) {
                throw ex.getCause() instanceof RuntimeException cause ? cause : new CourtServiceFailed(ex);
            }
            catch (Exception ex) {
                throw new CourtServiceFailed(ex);
            }
        };
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, limited)).get();
    }

    /**
     * The client's message converters are set up lazily by its first call, and calls racing it may find none
     * (spring-cloud-openfeign#1307): the first call goes alone.
     */
    private <T> T first(Supplier<T> call) {
        synchronized (firstCall) {
            try {
                return call.get();
            }
            finally {
                warmedUp = true;
            }
        }
    }

    private String authorization() {
        ServiceTokens serviceTokens = tokens.getIfAvailable();
        if (serviceTokens == null) {
            throw new IllegalStateException("no service client configured for match-service");
        }
        return serviceTokens.authorization();
    }

    /** court-service answered that no court is free: a business answer, not a failure. */
    private static final class NoCourtAnswer extends RuntimeException {

        NoCourtAnswer() {
            super("no court free", null, false, false);
        }
    }

    private static final class CourtServiceFailed extends RuntimeException {

        CourtServiceFailed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
