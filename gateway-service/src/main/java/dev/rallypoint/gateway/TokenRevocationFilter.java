package dev.rallypoint.gateway;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.rallypoint.common.identity.TokenRevocation;
import dev.rallypoint.support.redis.RedisKeyProperties;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Refuses tokens revoked before they expire ({@link TokenRevocation}): an access token of a member
 * suspended, withdrawn or with a new password since it was issued gets 401; an admission token
 * whose purchase was paid or whose queue place was left is dropped from the request, so the
 * waiting room's check ({@link AdmissionFilter}) refuses it. The revocations live in a local map,
 * filled from Redis pub/sub as user-service and queue-service publish them, and read again from
 * their Redis keys at start and every {@code rallypoint.gateway.revocations.resync-every} (5 s), so
 * a missed message or a gateway started later still learns them; nothing is asked per request.
 * While Redis is unreachable, the revocations already known keep being enforced.
 */
@Component
class TokenRevocationFilter implements GlobalFilter, Ordered, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TokenRevocationFilter.class);

    /** Longer than any access (15 min) or admission (10 min) token lives: older revocations refuse nothing. */
    private static final Duration FORGET_AFTER = Duration.ofMinutes(20);

    private final ReactiveStringRedisTemplate redis;

    private final String prefix;

    private final String admissionHeader;

    private final Duration resyncEvery;

    private final Clock clock;

    private final Map<String, TokenRevocation> revoked = new ConcurrentHashMap<>();

    private volatile Disposable listening;

    private volatile Disposable resyncing;

    TokenRevocationFilter(ReactiveStringRedisTemplate redis, RedisKeyProperties keys,
            @Value("${rallypoint.gateway.admission.header:X-Admission-Token}") String admissionHeader,
            @Value("${rallypoint.gateway.revocations.resync-every:5s}") Duration resyncEvery, Clock clock) {
        this.redis = redis;
        this.prefix = keys.keyPrefix();
        this.admissionHeader = admissionHeader;
        this.resyncEvery = resyncEvery;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (revoked.isEmpty()) {
            return chain.filter(exchange);
        }
        ServerWebExchange checked = withoutRevokedAdmission(exchange);
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(caller -> isRevoked(TokenRevocation.userScope(caller.getName()), caller.getToken().getIssuedAt()))
                .defaultIfEmpty(false)
                .flatMap(refused -> refused ? refuse(exchange) : chain.filter(checked));
    }

    /** Before the waiting room's check and routing, after authentication (a web filter). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    private boolean isRevoked(String scope, Instant issuedAt) {
        TokenRevocation revocation = revoked.get(scope);
        return revocation != null && revocation.revokes(issuedAt);
    }

    private ServerWebExchange withoutRevokedAdmission(ServerWebExchange exchange) {
        String token = exchange.getRequest().getHeaders().getFirst(admissionHeader);
        if (token == null) {
            return exchange;
        }
        try {
            JWTClaimsSet claims = SignedJWT.parse(token.trim()).getJWTClaimsSet();
            Object gate = claims.getClaim("gate");
            Date issuedAt = claims.getIssueTime();
            if (gate == null || claims.getSubject() == null
                    || !isRevoked(TokenRevocation.admissionScope(gate.toString(), claims.getSubject()),
                            issuedAt == null ? null : issuedAt.toInstant())) {
                return exchange;
            }
        }
        catch (ParseException | RuntimeException ex) {
            return exchange;
        }
        return exchange.mutate().request(request -> request.headers(headers -> headers.remove(admissionHeader))).build();
    }

    private static Mono<Void> refuse(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        return ProblemSecurityHandlers.write(exchange, HttpStatus.UNAUTHORIZED, "token-revoked",
                "This access token was revoked; sign in again.");
    }

    private void learn(TokenRevocation revocation) {
        revoked.merge(revocation.scope(), revocation,
                (known, fresh) -> fresh.revokedBefore().isAfter(known.revokedBefore()) ? fresh : known);
    }

    /** Reads every stored revocation and forgets those too old to refuse anything. */
    private Mono<Void> resync() {
        Instant horizon = clock.instant().minus(FORGET_AFTER);
        revoked.values().removeIf(revocation -> revocation.revokedBefore().isBefore(horizon));
        return redis.scan(ScanOptions.scanOptions().match(prefix + TokenRevocation.KEY + "*").count(1000).build())
                .flatMap(key -> redis.opsForValue().get(key).map(value -> TokenRevocation.parse(prefix, key, value)))
                .flatMap(Mono::justOrEmpty)
                .doOnNext(this::learn)
                .then();
    }

    @Override
    public synchronized void start() {
        // deferred: the listener connects when subscribed, so a Redis that is down at start delays the
        // subscription (retried below) instead of failing the gateway's start
        listening = Flux.defer(() -> redis.listenToChannel(prefix + TokenRevocation.CHANNEL))
                .map(message -> TokenRevocation.parse(message.getMessage()))
                .flatMap(Mono::justOrEmpty)
                .doOnNext(this::learn)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(5)))
                .subscribe();
        resyncing = Flux.interval(Duration.ZERO, resyncEvery)
                .concatMap(tick -> resync().onErrorResume(ex -> {
                    log.debug("Revocations not read from Redis: {}", ex.toString());
                    return Mono.empty();
                }))
                .subscribe();
    }

    @Override
    public synchronized void stop() {
        Optional.ofNullable(listening).ifPresent(Disposable::dispose);
        Optional.ofNullable(resyncing).ifPresent(Disposable::dispose);
        listening = null;
        resyncing = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return listening != null;
    }
}
