package dev.rallypoint.notice.club;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rallypoint.support.security.Caller;
import feign.FeignException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Decides whether the caller manages a club by asking court-service, which owns clubs and their
 * managers, with the caller's own access token: court-service's rule (a manager of that club, or an
 * admin) is the only one. A yes is cached for a minute per caller and club (a dismissed manager may post
 * for up to that long); a no is not cached. Timeouts bound each call; when court-service fails, a circuit
 * breaker opens and callers get a fast 503 until a probe succeeds.
 */
@Component
public class ClubManagers {

    private static final Duration REMEMBER_YES = Duration.ofMinutes(1);

    private final CourtClient court;

    private final Cache<String, Boolean> managing = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBER_YES)
            .maximumSize(10_000)
            .build();

    private final CircuitBreaker breaker = CircuitBreaker.of("court-service", CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
            .slidingWindowSize(10)
            .minimumNumberOfCalls(5)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(5))
            .permittedNumberOfCallsInHalfOpenState(2)
            .automaticTransitionFromOpenToHalfOpenEnabled(true)
            // court-service answering "no" or "no such club" is an answer, not a failure
            .ignoreExceptions(NotClubManager.class, ClubNotFound.class)
            .build());

    ClubManagers(CourtClient court) {
        this.court = court;
    }

    /** Refuses a caller who does not manage the club (admins manage every club). */
    public void requireManager(Caller caller, UUID clubId) {
        if (caller.isAdmin()) {
            return;
        }
        String key = caller.subject() + ":" + clubId;
        if (managing.getIfPresent(key) != null) {
            return;
        }
        try {
            breaker.executeRunnable(() -> ask(clubId));
        }
        catch (CallNotPermittedException ex) {
            throw new CourtUnavailable();
        }
        managing.put(key, Boolean.TRUE);
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    private void ask(UUID clubId) {
        try {
            court.managedClub("Bearer " + callerToken(), clubId);
        }
        catch (FeignException.Forbidden ex) {
            throw new NotClubManager(clubId);
        }
        catch (FeignException.NotFound ex) {
            throw new ClubNotFound(clubId);
        }
        catch (FeignException ex) {
            throw new CourtUnavailable();
        }
        catch (RuntimeException ex) {
            throw new CourtUnavailable();
        }
    }

    private static String callerToken() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return token.getToken().getTokenValue();
        }
        throw new IllegalStateException("No access token to ask court-service with");
    }
}
