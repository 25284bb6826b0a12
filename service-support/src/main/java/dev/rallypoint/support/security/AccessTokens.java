package dev.rallypoint.support.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import dev.rallypoint.common.identity.Role;
import com.nimbusds.jwt.SignedJWT;
import java.net.MalformedURLException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The one definition of a valid RallyPoint access token, shared by the gateway and every service:
 * an RFC 9068 JWT ({@code typ: at+jwt}) signed RS256 by a key user-service publishes, with the
 * expected issuer and audience, a subject, and {@code exp}/{@code nbf} that hold now. Anything else
 * (no signature, another algorithm, an unknown key, a refresh or admission token) is rejected.
 */
public final class AccessTokens {

    /** The JOSE {@code typ} of an access token. */
    public static final String TYPE = "at+jwt";

    /** The claim listing the caller's {@link Role}s. */
    public static final String ROLES = "roles";

    /**
     * The claim telling whether the user confirmed their e-mail address; the paths in
     * {@code rallypoint.security.verified-email-paths} need it {@code true} (or a service token).
     */
    public static final String EMAIL_VERIFIED = "email_verified";

    private static final DefaultJOSEObjectTypeVerifier<SecurityContext> ACCESS_TOKEN_TYPE =
            new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(TYPE));

    private AccessTokens() {
    }

    public static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createAtJwtValidator()
                        .issuer(properties.issuer())
                        .audience(properties.audience())
                        .build(),
                new JwtTimestampValidator(properties.clockSkew()));
    }

    /**
     * The signing keys at the JWK set URI: cached for the configured time, fetched again at once
     * (rate-limited) when a token names a key not seen yet, so a rotated-in key works without a restart.
     * While user-service is unreachable, the last keys fetched stay trusted for up to an hour.
     */
    public static JWKSource<SecurityContext> remoteKeys(SecurityProperties properties) {
        try {
            long ttl = properties.jwksCacheTtl().toMillis();
            return JWKSourceBuilder.create(properties.jwkSetUri().toURL(), new DefaultResourceRetriever(2000, 2000, 512 * 1024))
                    .cache(ttl, Math.min(ttl, 15_000))
                    .rateLimited(1000)
                    .refreshAheadCache(false)
                    .retrying(true)
                    .outageTolerant(Duration.ofHours(1).toMillis())
                    .build();
        }
        catch (MalformedURLException ex) {
            throw new IllegalArgumentException("Invalid rallypoint.security.jwk-set-uri", ex);
        }
    }

    public static JwtDecoder decoder(JWKSource<SecurityContext> keys, SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .jwtProcessorCustomizer(processor -> processor.setJWSTypeVerifier(ACCESS_TOKEN_TYPE))
                .build();
        decoder.setJwtValidator(validator(properties));
        return decoder;
    }

    /**
     * The decoder of a service that trusts user-service's published keys: {@link #decoder} over
     * {@link #remoteKeys}, remembering verified tokens ({@link VerifiedTokens}) for at most 30 s and
     * never longer than the keys. user-service checks its own tokens against keys it changes at
     * once, with {@link #decoder} alone.
     */
    public static JwtDecoder remoteDecoder(SecurityProperties properties) {
        return new VerifiedTokens(properties).in(decoder(noKeysWhileUnavailable(remoteKeys(properties)), properties));
    }

    /**
     * The keys, or none while they cannot be had (the key set was just fetched and a token names a key
     * not in it, or user-service is unreachable with nothing cached): the token is then refused like
     * any token signed by an unknown key, with a 401, instead of failing the request with a 500.
     */
    public static JWKSource<SecurityContext> noKeysWhileUnavailable(JWKSource<SecurityContext> keys) {
        return (selector, context) -> {
            try {
                return keys.get(selector, context);
            }
            catch (KeySourceException unavailable) {
                return List.of();
            }
        };
    }

    /** The gateway's {@link #remoteDecoder}. */
    public static ReactiveJwtDecoder reactiveRemoteDecoder(SecurityProperties properties) {
        JWKSource<SecurityContext> keys = remoteKeys(properties);
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSource(jwt -> Mono.fromCallable(() -> keysFor(keys, jwt))
                        .subscribeOn(Schedulers.boundedElastic())
                        .flatMapMany(Flux::<JWK>fromIterable))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .jwtProcessorCustomizer(processor -> processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                        new JOSEObjectType(TYPE))))
                .build();
        decoder.setJwtValidator(validator(properties));
        return new VerifiedTokens(properties).in(decoder);
    }

    /**
     * The RFC 6750 {@code WWW-Authenticate} value for a refused call: the error code when a token was
     * presented, never its description (why a token failed is not the caller's business).
     */
    public static String challenge(AuthenticationException refusal) {
        if (refusal instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
            return "Bearer error=\"" + error.getErrorCode() + "\"";
        }
        return "Bearer";
    }

    /** The {@code WWW-Authenticate} value for a caller whose token is valid but not enough. */
    public static final String INSUFFICIENT = "Bearer error=\"insufficient_scope\"";

    /** The keys a token's header names; none when they cannot be had now (the token is then refused). */
    private static List<JWK> keysFor(JWKSource<SecurityContext> keys, SignedJWT jwt) {
        try {
            return keys.get(new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader())), null);
        }
        catch (KeySourceException ex) {
            return List.of();
        }
    }

    /** Whether the token is a user's with a confirmed e-mail address ({@code email_verified: true}). */
    public static boolean emailVerified(Jwt jwt) {
        return Boolean.TRUE.equals(jwt.getClaimAsBoolean(EMAIL_VERIFIED));
    }

    /** Authorities {@code ROLE_<role>} from the {@code roles} claim; unknown role names are ignored. */
    public static Converter<Jwt, AbstractAuthenticationToken> authentication() {
        return jwt -> new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject());
    }

    public static Set<Role> roles(Jwt jwt) {
        List<String> names = jwt.getClaimAsStringList(ROLES);
        if (names == null) {
            return Set.of();
        }
        return names.stream()
                .filter(name -> Set.of(Role.values()).stream().anyMatch(role -> role.name().equals(name)))
                .map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Collection<GrantedAuthority> authorities(Jwt jwt) {
        return roles(jwt).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
