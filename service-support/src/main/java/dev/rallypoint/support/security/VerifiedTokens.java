package dev.rallypoint.support.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Access tokens whose signature was verified a moment ago, so that a member's calls in a row pay for
 * parsing and the RS256 check once: the whole compact token (signature included, so no other string
 * can match it) maps to its decoded form. Every hit is validated again (expiry, issuer, audience);
 * only tokens that passed are kept, at most {@link #MAX_AGE} and never longer than the signing keys
 * themselves are cached, so a retired key's tokens stop working at most that much later than they
 * would without this. Measured (wrk, court-service directly, cached availability read): 3,400–5,000
 * requests/s with a token against 8,100–9,300 without one, before this cache.
 */
final class VerifiedTokens {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private static final int MAX_TOKENS = 2_000;

    private final Cache<String, Jwt> verified;

    private final OAuth2TokenValidator<Jwt> validator;

    VerifiedTokens(SecurityProperties properties) {
        Duration age = properties.jwksCacheTtl().compareTo(MAX_AGE) < 0 ? properties.jwksCacheTtl() : MAX_AGE;
        this.verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS).expireAfterWrite(age).build();
        this.validator = AccessTokens.validator(properties);
    }

    JwtDecoder in(JwtDecoder decoder) {
        return token -> {
            Jwt known = verified.getIfPresent(token);
            if (known != null) {
                return stillValid(token, known);
            }
            Jwt decoded = decoder.decode(token);
            verified.put(token, decoded);
            return decoded;
        };
    }

    ReactiveJwtDecoder in(ReactiveJwtDecoder decoder) {
        return token -> {
            Jwt known = verified.getIfPresent(token);
            if (known != null) {
                return Mono.fromCallable(() -> stillValid(token, known));
            }
            return decoder.decode(token).doOnNext(decoded -> verified.put(token, decoded));
        };
    }

    private Jwt stillValid(String token, Jwt known) {
        OAuth2TokenValidatorResult result = validator.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("The token is no longer valid", result.getErrors());
        }
        return known;
    }
}
