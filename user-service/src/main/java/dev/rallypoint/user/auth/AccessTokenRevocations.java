package dev.rallypoint.user.auth;

import dev.rallypoint.common.event.user.UserWithdrawn;
import dev.rallypoint.common.identity.TokenRevocation;
import dev.rallypoint.support.redis.RedisKeyProperties;
import dev.rallypoint.user.account.AccountChanges.AccountSuspended;
import dev.rallypoint.user.account.AccountChanges.PasswordChanged;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends the access tokens already issued to a member who was suspended, withdrew or got a new
 * password (their sessions end in {@link Sessions}): once the change commits, a
 * {@link TokenRevocation} of the member is stored in Redis for as long as an access token lives and
 * published to the gateways, which refuse the member's older tokens within seconds. If Redis cannot
 * be reached the change still stands and the tokens end when they expire (at most 15 minutes).
 */
@Component
class AccessTokenRevocations {

    private static final Logger log = LoggerFactory.getLogger(AccessTokenRevocations.class);

    /** Beyond the token lifetime: the gateway tolerates 30 s of clock skew on expiry. */
    private static final Duration SKEW = Duration.ofMinutes(1);

    private final StringRedisTemplate redis;

    private final String prefix;

    private final Duration keep;

    private final Clock clock;

    AccessTokenRevocations(StringRedisTemplate redis, RedisKeyProperties keys,
            TokenProperties properties, Clock clock) {
        this.redis = redis;
        this.prefix = keys.keyPrefix();
        this.keep = properties.accessTokenLifetime().plus(SKEW);
        this.clock = clock;
    }

    @EventListener
    void passwordChanged(PasswordChanged event) {
        revokeOnCommit(event.accountId());
    }

    @EventListener
    void suspended(AccountSuspended event) {
        revokeOnCommit(event.accountId());
    }

    @EventListener
    void withdrawn(UserWithdrawn event) {
        revokeOnCommit(event.aggregateId());
    }

    private void revokeOnCommit(UUID accountId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            revoke(accountId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                revoke(accountId);
            }
        });
    }

    private void revoke(UUID accountId) {
        TokenRevocation revocation = TokenRevocation.ofUser(accountId, clock.instant());
        try {
            redis.opsForValue().set(revocation.key(prefix), revocation.value(), keep);
            redis.convertAndSend(prefix + TokenRevocation.CHANNEL, revocation.message());
        }
        catch (RuntimeException ex) {
            log.warn("Access tokens of {} not revoked at the gateway (they end when they expire): {}", accountId, ex.toString());
        }
    }
}
