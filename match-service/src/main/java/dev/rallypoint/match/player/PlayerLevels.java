package dev.rallypoint.match.player;

import feign.FeignException;
import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.math.BigDecimal;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The NTRP level on the calling player's profile, read from user-service with the caller's own token, so
 * nobody can claim a level their profile does not show. Timeouts bound each call; when user-service fails,
 * a circuit breaker opens and callers get a fast 503 until a probe succeeds.
 */
@Component
public class PlayerLevels {

    private static final Logger log = LoggerFactory.getLogger(PlayerLevels.class);

    private final UserClient users;

    private final CircuitBreaker breaker = CircuitBreaker.of("user-service", CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
            .slidingWindowSize(10)
            .minimumNumberOfCalls(5)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(5))
            .permittedNumberOfCallsInHalfOpenState(2)
            .automaticTransitionFromOpenToHalfOpenEnabled(true)
            .ignoreExceptions(NtrpLevelMissing.class)
            .build());

    private final Object firstCall = new Object();

    private volatile boolean warmedUp;

    PlayerLevels(UserClient users) {
        this.users = users;
    }

    /** The caller's profile level; refuses a profile without one. */
    public BigDecimal callersLevel() {
        try {
            return breaker.executeSupplier(this::ask);
        }
        catch (CallNotPermittedException ex) {
            throw new ProfileUnavailable();
        }
    }

    private BigDecimal ask() {
        String authorization = "Bearer " + callerToken();
        UserClient.Profile profile;
        try {
            profile = me(authorization);
        }
        catch (FeignException ex) {
            log.warn("user-service did not answer the profile: {}", ex.toString());
            throw new ProfileUnavailable();
        }
        if (profile == null || profile.ntrpLevel() == null) {
            throw new NtrpLevelMissing();
        }
        return profile.ntrpLevel();
    }

    /**
     * Reads the profile. The client's message converters are set up lazily by its first call, and calls racing
     * it may find none (spring-cloud-openfeign#1307): the first call goes alone.
     */
    private UserClient.Profile me(String authorization) {
        if (warmedUp) {
            return read(authorization);
        }
        synchronized (firstCall) {
            try {
                return read(authorization);
            }
            finally {
                warmedUp = true;
            }
        }
    }

    /** A connection that failed before any answer is tried once more (a GET is safe to repeat). */
    private UserClient.Profile read(String authorization) {
        try {
            return users.me(authorization);
        }
        catch (RetryableException ex) {
            return users.me(authorization);
        }
    }

    private static String callerToken() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return token.getToken().getTokenValue();
        }
        throw new ProfileUnavailable();
    }
}
